"""Language-aware checks over an aligned pair, one module per kind of divergence.

Each `check_*` function takes the two Sides and their alignment and returns Findings; the
word lists they read are data, one file per language in drift/lang/ (loaded by
drift/lexicon.py). Every name the scorer uses is importable from here.
"""

from drift.checks.base import (  # noqa: F401
    RULES_VERSION,
    SEVERITY_ORDER,
    Finding,
    Side,
    make,
)
from drift.checks.content import (  # noqa: F401
    GAP_WORDS,
    NEAR_IDENTICAL,
    check_content,
    check_edits,
    check_substitution,
    low_support_runs,
    merge_replacements,
    pair_lone_runs,
)
from drift.checks.dates import (  # noqa: F401
    FULL_RULES,
    check_dates,
    clock_times,
    dates,
)
from drift.checks.editorial import (  # noqa: F401
    at_ellipsis,
    check_editorial,
    check_hedges,
    hedges,
)
from drift.checks.names import (  # noqa: F401
    EXONYM_CUT,
    ROLE_SAME,
    check_countries,
    check_entities,
    check_role_order,
    country_mentions,
    entities,
    prev_is_number,
)
from drift.checks.negation import (  # noqa: F401
    check_negation,
    counterpart,
    lexical_negatives,
    negated_at,
    negations,
)
from drift.checks.numbers import (  # noqa: F401
    numbers,
)
from drift.checks.opposites import (  # noqa: F401
    check_negated_swap,
    check_opposites,
    check_pole_order,
    lexicon_agrees,
)
from drift.checks.quantities import (  # noqa: F401
    agreed_spans,
    check_numbers,
    check_ordinals,
    ordinals,
    qty_span,
    quantity_spans,
)
