"""Words in every language: what the database backend indexes and what a query must match.

Both sides of the search go through the same normalisation, per script:

* every script: Unicode compatibility forms (NFKD: full-width Latin and half-width kana
  become ordinary letters), combining marks dropped (accents: "café" = "cafe", German
  umlauts folded the same way on both sides: "Küche" = "kuche"; Cyrillic "ё" = "е"),
  case folded (German "ß" = "ss");
* Arabic: diacritics (harakat) and tatweel dropped, alef forms unified (أ إ آ ٱ -> ا),
  alef maqsura and Persian yeh -> ي, ta marbuta -> ه, the article ال (also after و ف ب ك,
  and لل) taken off the front of a word;
* Japanese: katakana folded to hiragana ("エビ" = "えび");
* Korean: Hangul kept (NFKD then NFC recomposes the syllables).

Inflections are handled on the query side (light_stem): a query word is cut to its
Snowball stem in the buyer's language (Russian for Cyrillic words, English for Latin words
typed under a non-Latin interface) and the stem is matched as a prefix, so "crevettes"
finds "crevette", "ножи" finds "нож" and "camarões" finds "camarão". The stem is used only
when it is a prefix of the word, at most MAX_CUT letters shorter and at least MIN_STEM long,
so a query never widens to a few unrelated letters (Russian "ножами" -> "нож" is used;
a word whose stem is not a prefix of it, or cut by more, is matched as typed).

German compounds are found by their parts on the index side: compound_parts() returns the
controlled vocabulary's words (category, product class and option names in every
language) that a longer word starts or ends with ("kuchenmesser" -> "messer").
"""

import functools
import itertools
import re
import unicodedata

import snowballstemmer

# Scripts written without spaces between words (Han, kana) and Hangul.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff66-\uff9f"
CJK_RUN = re.compile(f"[{CJK}]+")
WORD = re.compile(f"[{CJK}]+|[^\\W_{CJK}]+")
# Accents and other combining marks folded away ("camarón" = "camaron"), Arabic harakat
# included; kana voicing marks (U+3099, U+309A) are kept: they change the word.
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0640]"
)
_FOLD = str.maketrans({
    "\u0671": "\u0627",  # alef wasla
    "\u0649": "\u064a",  # alef maqsura -> yeh
    "\u06cc": "\u064a",  # Persian yeh
    "\u0629": "\u0647",  # ta marbuta -> heh
    "\u06a9": "\u0643",  # Persian kaf
    **{chr(code): chr(code - 0x60) for code in range(0x30A1, 0x30F7)},  # katakana -> hiragana
})
_FOLDED = re.compile("[" + "".join(sorted(chr(code) for code in _FOLD)) + "]")
# The Arabic article at the start of a word (after a clitic و ف ب ك, or as لل), when at
# least two letters stay.
_ARTICLE = re.compile("(?<![\\w])(?:[\u0648\u0641\u0628\u0643]?\u0627\u0644|\u0644\u0644)"
                      "(?=[\u0621-\u064a]{2})")


def normalize(text):
    """The text folded as the index stores it: see the module docstring."""
    text = text or ""
    if text.isascii():
        return text.lower()
    text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    text = unicodedata.normalize("NFC", text).casefold()
    # translate() looks every character up in a dict: a tenth of a rebuild on long
    # descriptions, nearly all of which hold none of the folded letters.
    if _FOLDED.search(text):
        text = text.translate(_FOLD)
    if "\u0627\u0644" in text or "\u0644\u0644" in text:
        text = _ARTICLE.sub("", text)
    return text


#: Chunks remembered by each per_chunk() cache; a full cache is emptied, which bounds the
#: memory and soon holds again the chunks that every text repeats.
CHUNKS_KEPT = 200_000


def per_chunk(text, cache, compute):
    """[compute(chunk)] for the whitespace-separated chunks of `text`, each looked up in
    `cache` first (a dict of this caller's: chunk -> result)."""
    chunks = text.split()
    try:
        return list(map(cache.__getitem__, chunks))
    except KeyError:
        if len(cache) >= CHUNKS_KEPT:
            cache.clear()
        found = []
        for chunk in chunks:
            known = cache.get(chunk)
            if known is None:
                known = cache[chunk] = compute(chunk)
            found.append(known)
        return found


_chunk_words = {}


def _words_of_chunk(chunk):
    return tuple(WORD.findall(normalize(chunk)))


def words(text):
    """The normalized words of a text (a CJK run is one word).

    Worked out per whitespace-separated chunk, each chunk once while it is remembered:
    descriptions of a catalogue repeat most of their chunks from product to product, and
    normalising them text by text was a fifth of an index rebuild. Per chunk is the same
    as per text: normalize() never joins letters across whitespace (no character folds to
    a letter beside a space, the Arabic article is cut at the start of a word either way).
    """
    if not text:
        return []
    return list(itertools.chain.from_iterable(per_chunk(text, _chunk_words, _words_of_chunk)))


@functools.lru_cache(maxsize=65536)
def cached_words(text):
    """words() of a text that many products share (titles, attribute and category lists),
    worked out once; a tuple, as the cache hands the same one to every caller."""
    return tuple(words(text))


# --- inflections -----------------------------------------------------------------------

#: Snowball stemmer of each modeltranslation language suffix (written without spaces:
#: none; Arabic: the article is dropped by normalize(), broken plurals are not stemmed).
STEMMERS = {"en": "english", "fr": "french", "de": "german", "es": "spanish",
            "pt": "portuguese", "ru": "russian"}
_LATIN_LANGUAGES = ("en", "fr", "de", "es", "pt")
#: A stem is used when at most this many letters shorter than the word.
MAX_CUT = 3
#: ... and at least this long.
MIN_STEM = 3


@functools.cache
def _stemmer(name):
    return snowballstemmer.stemmer(name)


def _script(word):
    first = word[0]
    if "\u0400" <= first <= "\u04ff":
        return "cyrillic"
    if first.isascii() or "\u00c0" <= first <= "\u024f":
        return "latin"
    return "other"


@functools.lru_cache(maxsize=65536)
def light_stem(word, language="en"):
    """The prefix a normalized query word is matched by: its stem, or the word itself.

    `language` is a modeltranslation suffix (en, fr, zh_hans...): the buyer's language.
    """
    script = _script(word)
    if script == "cyrillic":
        name = "russian"
    elif script == "latin":
        name = STEMMERS[language if language in _LATIN_LANGUAGES else "en"]
    else:
        return word
    stem = _stemmer(name).stemWord(word)
    if (stem != word and word.startswith(stem) and len(stem) >= MIN_STEM
            and len(word) - len(stem) <= MAX_CUT):
        return stem
    return word


# --- compounds -------------------------------------------------------------------------

#: Vocabulary words shorter than this are not looked for inside longer words.
MIN_PART = 4
#: A word is split only when this much longer than the part (the rest is a word too).
MIN_REST = 3


def vocabulary(texts):
    """The set of normalized words (MIN_PART letters or more, not CJK) of `texts`."""
    found = set()
    for text in texts:
        for word in words(text):
            if len(word) >= MIN_PART and not CJK_RUN.fullmatch(word):
                found.add(word)
    return frozenset(found)


def compound_parts(word, known):
    """The words of `known` that the normalized `word` starts or ends with ("kuchenmesser"
    -> ["kuchen", "messer"] when both are known), longest first."""
    if len(word) < MIN_PART + MIN_REST or CJK_RUN.fullmatch(word):
        return []
    parts = []
    for size in range(len(word) - MIN_REST, MIN_PART - 1, -1):
        for part in (word[-size:], word[:size]):
            if part in known and part not in parts:
                parts.append(part)
    return parts
