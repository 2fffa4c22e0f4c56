"""A simple Arabic -> Latin transliteration, for displaying names the knowledge base does not know.

Written Arabic leaves short vowels out, so this can only be a readable guess, never a standard
romanisation. The rules, in order:

1. Each word is match-normalised (no diacritics, one alef) and a leading article ال becomes ``al-``.
2. Consonants map to one Latin letter or digraph (ش sh, خ kh, ث th, ذ dh, غ gh); ع and hamza become
   an apostrophe inside a word and vanish at its edges; final ة and ى are ``a``.
3. ا is ``a``; و and ي are consonants (w, y) at the start of a word or next to a vowel letter, and long
   vowels (u, i) between consonants or at the end.
4. Between two consonants an ``a`` is inserted, but never after a consonant that itself follows an
   inserted vowel (so حفتر -> haftar, not hafatar).
5. A few very common name words have fixed forms (محمد Muhammad, الله Allah, بن bin).
6. Each word is capitalised after its article: عبد الرحمن -> Abd al-Rahman.
"""

from __future__ import annotations

from rasid.text.normalize import normalize

CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "'", "پ": "p", "چ": "ch", "ڤ": "v",
}
LONG_VOWELS = {"ا": "a", "و": "u", "ي": "i"}
GLIDES = {"و": "w", "ي": "y"}
FINAL = {"ه": "a", "ى": "a"}  # ta marbuta is folded to ه by the match normaliser
ARTICLE = "ال"
COMMON = {
    "محمد": "Muhammad", "احمد": "Ahmad", "محمود": "Mahmud", "عبد": "Abd", "الله": "Allah", "بن": "bin",
    "ابن": "ibn", "ابو": "Abu", "حسن": "Hasan", "حسين": "Husayn", "علي": "Ali", "عمر": "Umar", "يوسف": "Yusuf",
    "مصطفى": "Mustafa", "ابراهيم": "Ibrahim", "اسماعيل": "Ismail", "عثمان": "Uthman", "سعيد": "Said",
}


def transliterate(text: str) -> str:
    """A readable Latin form of an Arabic name ("فائز السراج" -> "Faiz al-Sarraj" at best, "Fa'iz al-Saraj")."""
    words = [transliterate_word(w) for w in text.split()]
    return " ".join(w for w in words if w)


def transliterate_word(raw: str) -> str:
    if not any("\u0621" <= c <= "\u064a" for c in raw):
        return raw
    word = normalize(raw).text
    if word in COMMON:
        return COMMON[word]
    prefix = ""
    if word.startswith(ARTICLE) and len(word) > 3:
        prefix, word = "al-", word[2:]
    latin = letters(word).strip("'")
    return prefix + latin[:1].upper() + latin[1:]


def letters(word: str) -> str:
    vowels = vowel_letters(word)
    out: list[str] = []
    inserted = False  # whether the previous consonant got an inserted vowel
    for index, char in enumerate(word):
        if index + 1 == len(word) and char in FINAL and index:
            out.append(FINAL[char])
        elif vowels[index]:
            out.append(LONG_VOWELS[char])
            inserted = True
        else:
            out.append(GLIDES.get(char) or CONSONANTS.get(char, ""))
            following = index + 1 < len(word) and not vowels[index + 1] \
                and not (index + 2 == len(word) and word[index + 1] in FINAL)
            inserted = following and not inserted
            if inserted:
                out.append("a")
    return "".join(out)


def vowel_letters(word: str) -> list[bool]:
    """Which letters are read as long vowels: ا always; و/ي between consonants or at the end."""
    vowels: list[bool] = []
    for index, char in enumerate(word):
        after = word[index + 1] if index + 1 < len(word) else ""
        if char == "ا":
            vowels.append(True)
        elif char in GLIDES and index > 0:
            vowels.append(not vowels[-1] and after != "ا" and not (after in GLIDES and index + 2 < len(word)))
        else:
            vowels.append(False)
    return vowels
