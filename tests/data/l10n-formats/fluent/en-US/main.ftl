support = Our support team in Berlin answers within one day.
profile = Your profile was updated.
