support = Unser Support-Team in München antwortet innerhalb eines Tages.
profile = Ihr Profil wurde aktualisiert.
