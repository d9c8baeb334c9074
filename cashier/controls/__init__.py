"""The bank's internal controls at the desk. Pure Python, importing the kernel only (no Qt,
no network, no database; the layers in pyproject.toml hold it): the customer's IIN checked
and masked (iin.py) and names made comparable across Cyrillic, Kazakh and Latin spellings
(names.py)."""

from cashier.controls.iin import (
    Iin,
    IinInvalid,
    Sex,
    check_digit,
    clean_iin,
    mask_iin,
    parse_iin,
    valid_iin_for,
)
from cashier.controls.names import name_key, name_tokens

__all__ = ["Iin", "IinInvalid", "Sex", "check_digit", "clean_iin", "mask_iin", "name_key",
           "name_tokens", "parse_iin", "valid_iin_for"]
