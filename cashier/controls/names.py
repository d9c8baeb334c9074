"""A person's name as one key for screening, whatever the script and the spelling.

The same person is "Нұрсұлтан", "Нурсултан" or "Nursultan" depending on who typed
it and on which ID card; "Иванов Иван" on the list is "Ivan Ivanov" at the desk.
`name_key` maps all of them to one lowercase Latin *skeleton*, and two names match
when their keys are equal. The scheme, step by step:

1. Unicode NFC, then casefold.
2. Cyrillic folded to Russian letters: ё -> е, and the Kazakh letters to their
   Russian look-alikes: ә->а ғ->г қ->к ң->н ө->о ұ->у ү->у һ->х і->и
   (and Ukrainian є->е ї->и ґ->г, Belarusian ў->у).
3. Cyrillic to Latin, one table (close to the passports' ICAO spelling):
   а a  б b  в v  г g  д d  е e  ж zh  з z  и i  й i  к k  л l  м m  н n  о o
   п p  р r  с s  т t  у u  ф f  х kh  ц ts  ч ch  ш sh  щ sh  ы i  э e
   ю iu  я ia  ъ ь (nothing).
   Latin letters with marks lose them (ä->a, ö->o, ü->u, ū->u, ñ->n, ğ->g),
   except ş->sh, ç->ch, ı->i, ß->ss (the Kazakh and Turkish Latin alphabets).
4. Apostrophes (Ol'ga, Qazaqstan's old Latin) vanish; every other character that
   is not a letter or a digit (hyphens, dots, commas, runs of spaces) separates words.
5. Latin spellings of one sound become one, in one left-to-right pass:
   shch sch -> sh;  dzh dj j -> zh;  tch -> ch;  kh, and h alone, -> kh;
   ph -> f;  gh -> g;  th -> t;  tz -> ts;  ck c q -> k;  x -> ks;  w -> v;  y -> i.
6. Doubled letters become one (Анна = Ana, Kassym = Касым, Юрий "iurii" = Yuri);
   then ie -> e and io -> e, which makes the iotated spellings meet
   (Yelena = Елена, Dmitriyev = Дмитриев, Vasiliev = Васильев, Fyodor = Фёдор);
   then doubled letters become one again.
7. The words are sorted and joined by one space: word order does not matter.

Because every rule runs on the common Latin form, the two scripts always meet on
the same key. The price is some collisions (Даниил = Данил, Сергеев = Сергев):
for screening, a few more names to look at beat a listed person who walks past.
Words are not dropped or shortened: "Иванов Иван Иванович" does not match
"Иванов Иван"; the list must carry the names as people show them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TO_RUSSIAN = str.maketrans({
    "ё": "е", "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
    "һ": "х", "і": "и", "є": "е", "ї": "и", "ґ": "г", "ў": "у",
})

_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    # Latin letters NFD would not take apart, or would take apart wrongly.
    "ş": "sh", "ș": "sh", "ç": "ch", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe",
    "ø": "o", "đ": "d", "ł": "l",
    # Apostrophes, and the letters and accents used as one.
    "'": "", "\u2019": "", "\u2018": "", "\u02bc": "", "\u02bb": "", "`": "", "\u00b4": "",
})

_LATIN_SOUNDS = {
    "shch": "sh", "sch": "sh", "dzh": "zh", "tch": "ch",
    "kh": "kh", "zh": "zh", "sh": "sh", "ch": "ch",
    "ph": "f", "gh": "g", "th": "t", "tz": "ts", "ck": "k", "dj": "zh",
    "x": "ks", "j": "zh", "w": "v", "q": "k", "c": "k", "h": "kh", "y": "i",
}
# Longest first: at each position the regex takes the first alternative that matches.
_LATIN_PATTERN = re.compile("|".join(sorted(_LATIN_SOUNDS, key=len, reverse=True)))
_NOT_WORD = re.compile(r"[\W_]+")
_DOUBLED = re.compile(r"(.)\1+")
_IOTATED = re.compile(r"i[eo]")


def _strip_marks(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@lru_cache(maxsize=1 << 16)  # names share their words: a list of 100,000 has a few thousand
def _word_key(word: str) -> str:
    word = _LATIN_PATTERN.sub(lambda m: _LATIN_SOUNDS[m.group()], word)
    word = _DOUBLED.sub(r"\1", word)
    word = _IOTATED.sub("e", word)
    return _DOUBLED.sub(r"\1", word)


def name_tokens(text: str | None) -> tuple[str, ...]:
    """The name's words as keys, sorted (see the module's docstring for the scheme)."""
    folded = unicodedata.normalize("NFC", str(text or "")).casefold()
    latin = _strip_marks(folded.translate(_TO_RUSSIAN).translate(_TO_LATIN))
    words = (_word_key(w) for w in _NOT_WORD.sub(" ", latin).split())
    return tuple(sorted(w for w in words if w))


def name_key(text: str | None) -> str:
    """One key per person's name: 'Иванов Иван', 'IVAN  ivanov' and 'Іван-Іванов' give
    'ivan ivanov'; '' when the text holds no letter or digit."""
    return " ".join(name_tokens(text))
