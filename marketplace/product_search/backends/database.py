"""Search in the marketplace's own database: the embedded default, no service to run.

Three parts, all fed from marketplace.product_search.documents:

* a full-text table keyed by product id (SQLite FTS5, or a weighted tsvector with a
  GIN index on PostgreSQL) over the titles, descriptions, attributes, category
  names and seller of every language. Words are matched by prefix ("cuchillo"
  finds "cuchillos"), accents are ignored, and Chinese, Japanese and Korean runs are
  cut into overlapping pairs of characters, so a word inside a title that has no
  spaces is still found;
* SearchDocument rows with what filters, facets and sorts read;
* a FacetIndex in each process's memory: one bitmap per facet value over those
  rows, so filtering and counting facets (disjunctively) are a few big-integer ANDs
  and popcounts, whatever the number of matches. It catches up with the
  SearchChange log before each search.

Why not Wagtail's modelsearch database backends (README, Search): its facets are
one GROUP BY per field and not disjunctive, it has one search configuration per
database and does not cut CJK text into pairs.
"""

import bisect
import collections
import contextlib
import functools
import gc
import itertools
import threading
import time
import uuid
from decimal import Decimal
from urllib.parse import urlencode

from django.db import connection, transaction
from django.urls import NoReverseMatch, reverse
from oscar.core.loading import get_model

from marketplace.seller_rating.grades import GRADES, grades_at_least

from ..documents import (
    BATCH_SIZE,
    DocumentBuilder,
    browsable_ids,
    language_suffixes,
    searchable_products,
)
from ..listed import listed_products
from ..models import SearchChange, SearchDocument, SearchTitle
from ..query import (
    ATTRIBUTE_FACET_PREFIX,
    FACETS,
    MOQ_EDGES,
    Facet,
    FacetChoice,
    SearchHit,
    SearchResult,
    Suggestion,
)
from ..text import (
    CJK,
    CJK_RUN,
    WORD,
    cached_words,
    light_stem,
    normalize,
    per_chunk,
    words,
)
from .base import SearchBackend, SearchBackendUnavailable

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
Partner = get_model("partner", "Partner")

FTS_TABLE = "product_search_fts"
#: bm25 weights of the FTS5 columns (title, terms, description): a word in the title
#: counts ten times a word in the description.
SQLITE_WEIGHTS = (10.0, 4.0, 1.0)
#: Words shorter than this are matched whole, longer ones by prefix.
PREFIX_FROM = 3
#: Matches ranked by the full-text engine (bm25, ts_rank) up to this many. Above it a word
#: is common enough that ranking every match costs more than the answer is worth (tens of
#: milliseconds for a fifth of the catalogue): matches in the title come first, each group
#: in the order of relevance without words (best rated, then newest).
RANK_UP_TO = 2000
#: More changes than this since a process last looked: it reloads everything instead.
MAX_PATCH = 20000
#: The change log keeps this many rows; a process further behind reloads everything.
CHANGE_LOG_KEEP = 50000
#: How long a hole in the change log's ids is watched for a transaction committing late.
GAP_SECONDS = 60
INFINITY = float("inf")
#: Query words whose matches each process keeps (until the index changes).
MATCHES_KEPT = 256


# --- text ---------------------------------------------------------------------------

# Normalisation per script, stems and compounds: marketplace.product_search.text.
_CJK = CJK
_CJK_RUN = CJK_RUN
_WORD = WORD


def title_key(title):
    """What sorting by title compares: the title lower-cased, without accents."""
    return normalize(title)[:255]


def _pairs(run):
    # The last character alone too: a one-character query ("虾") is matched as a prefix,
    # and must find the character at the end of a run ("白虾") as well.
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


_chunk_tokens = {}


def _tokens_of_chunk(chunk):
    return _tokens(words(chunk))


def index_text(text):
    """The text as the full-text table stores it: normalized words separated by spaces.

    Chunk by chunk (text.per_chunk), as words() are: a description's chunks mostly repeat.
    """
    if not text:
        return ""
    return " ".join(filter(None, per_chunk(text, _chunk_tokens, _tokens_of_chunk)))


def query_terms(text, language="en"):
    """What each word of a query must match: [(kind, tokens)], every term required.

    kind is "word" (a whole word, or a prefix when long enough), "prefix" (one CJK
    character, or a word's light stem in the buyer's `language`: "crevettes" ->
    "crevet") or "phrase" (a CJK run: its pairs, adjacent).
    """
    terms = []
    for word in words(text):
        if _CJK_RUN.fullmatch(word):
            if len(word) == 1:
                terms.append(("prefix", [word]))
            else:
                terms.append(("phrase", [word[i : i + 2] for i in range(len(word) - 1)]))
        else:
            if len(word) >= PREFIX_FROM:
                word = light_stem(word, language)
            terms.append(("prefix" if len(word) >= PREFIX_FROM else "word", [word]))
    return terms


@functools.lru_cache(maxsize=262144)
def _word_tokens(word):
    if word[0] >= "\u3040" and _CJK_RUN.fullmatch(word):
        return " ".join(_pairs(word))
    return word


def _tokens(words):
    return " ".join(map(_word_tokens, words))


@functools.lru_cache(maxsize=4096)
def _shared_terms(texts):
    # Attribute and category names come in a few combinations shared by many products:
    # their words and tokens are worked out once per combination.
    found = dict.fromkeys(word for text in texts for word in cached_words(text))
    return found, _tokens(found)


def document_texts(document, suffixes):
    """(title, terms, description) columns of a document's full-text row.

    The terms column keeps each word once: attribute and category names repeat in
    every language, and their frequency says nothing of relevance.
    """
    title = [word for s in suffixes for word in cached_words(document[f"title_{s}"])]
    shared, shared_tokens = _shared_terms(
        tuple(document[f"attributes_{s}"] for s in suffixes)
        + tuple(document[f"category_names_{s}"] for s in suffixes))
    own = dict.fromkeys(
        word for field in ("seller_name", "upc", "gtin", "hs_code", "compound_parts")
        for word in cached_words(document.get(field) or "") if word not in shared)
    terms = " ".join(tokens for tokens in (shared_tokens, _tokens(own)) if tokens)
    description = " ".join(document[f"description_{s}"] for s in suffixes)
    return _tokens(title), terms, index_text(description)


# --- full-text tables ------------------------------------------------------------------


class SQLiteFullText:
    """An FTS5 table, rowid = product id, columns title, terms and description."""

    def __init__(self, table=FTS_TABLE):
        self.table = table

    def expression(self, terms, column=None):
        parts = []
        for kind, tokens in terms:
            phrase = '"' + " ".join(tokens) + '"' + ("*" if kind == "prefix" else "")
            parts.append(f"{column} : {phrase}" if column else phrase)
        return " AND ".join(parts)

    def match(self, cursor, terms, column=None, limit=None):
        """Ids of the products matching every term (in `column` only, if given), unordered,
        at most `limit`."""
        # One string instead of a row per match: a common word matches tens of thousands.
        sql = f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s"
        params = [self.expression(terms, column=column)]
        if limit is not None:
            sql, params = sql + " LIMIT %s", params + [limit]
        cursor.execute(f"SELECT group_concat(rowid) FROM ({sql})", params)
        text = cursor.fetchone()[0]
        return list(map(int, text.split(","))) if text else []

    def ranked(self, cursor, terms):
        """Ids of the matching products, best first (bm25, a title word weighs most)."""
        weights = ", ".join(str(w) for w in SQLITE_WEIGHTS)
        cursor.execute(f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s "
                       f"ORDER BY bm25({self.table}, {weights}), rowid", [self.expression(terms)])
        return [row[0] for row in cursor.fetchall()]

    def delete(self, cursor, ids):
        _delete_in(cursor, self.table, "rowid", ids)

    def insert(self, cursor, rows):
        cursor.executemany(
            f"INSERT INTO {self.table} (rowid, title, terms, description) VALUES (%s, %s, %s, %s)",
            rows,
        )

    #: The page cache of the connection while a rebuild loads the table (KiB): SQLite's 2 MB
    #: default holds a sliver of the segments FTS5 merges.
    LOADING_CACHE_KIB = 65536
    #: WAL pages between checkpoints while loading: each checkpoint syncs the file, and at
    #: the default (1000 pages) a batch's commit waited for one every time.
    LOADING_CHECKPOINT_PAGES = 20000

    @contextlib.contextmanager
    def loading(self):
        """Settings of this connection while a rebuild writes the index, put back after.

        secure_delete FAST: Debian builds SQLite with secure_delete on, which overwrites
        every freed page with zeros, so dropping the old full-text table wrote its whole
        size again (15 s of a 100,000-product rebuild). The index holds only what the
        catalogue shows in public: nothing to wipe. Other tables keep the setting.
        """
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA secure_delete")
            secure_delete = cursor.fetchone()[0]
            cursor.execute("PRAGMA cache_size")
            cache_size = cursor.fetchone()[0]
            cursor.execute("PRAGMA wal_autocheckpoint")
            checkpoint = cursor.fetchone()[0]
            cursor.execute("PRAGMA secure_delete = FAST")
            cursor.execute(f"PRAGMA cache_size = -{self.LOADING_CACHE_KIB}")
            cursor.execute(f"PRAGMA wal_autocheckpoint = {self.LOADING_CHECKPOINT_PAGES}")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA secure_delete = {int(secure_delete)}")
                cursor.execute(f"PRAGMA cache_size = {int(cache_size)}")
                cursor.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint)}")

    def create(self, cursor):
        cursor.execute(f"DROP TABLE IF EXISTS {self.table}")
        cursor.execute(f"CREATE VIRTUAL TABLE {self.table} USING fts5(title, terms, description, "
                       "tokenize = 'unicode61 remove_diacritics 2')")
        cursor.execute(f"INSERT INTO {self.table} ({self.table}, rank) VALUES ('automerge', 0)")

    def replace(self, cursor, table):
        """Put this table in the place of `table`, in the current transaction."""
        cursor.execute(f"INSERT INTO {self.table} ({self.table}, rank) VALUES ('automerge', 4)")
        cursor.execute(f"INSERT INTO {self.table} ({self.table}) VALUES ('optimize')")
        cursor.execute(f"DROP TABLE {table}")
        cursor.execute(f"ALTER TABLE {self.table} RENAME TO {table}")


class PostgresFullText:
    """One tsvector per product: title words weigh A, terms B, description D.

    The 'simple' configuration: the words are already normalized (index_text) and
    no single language's stemmer fits a row holding ten languages.
    """

    def __init__(self, table=FTS_TABLE):
        self.table = table

    def expression(self, terms, weight=""):
        parts = []
        for kind, tokens in terms:
            suffix = ":*" + weight if kind == "prefix" else (":" + weight if weight else "")
            parts.append("(" + " <-> ".join(f"'{token}'{suffix}" for token in tokens) + ")")
        return " & ".join(parts)

    def match(self, cursor, terms, column=None, limit=None):
        weight = "A" if column == "title" else ""
        sql = f"SELECT product_id FROM {self.table} WHERE vector @@ to_tsquery('simple', %s)"
        params = [self.expression(terms, weight)]
        if limit is not None:
            sql, params = sql + " LIMIT %s", params + [limit]
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]

    def ranked(self, cursor, terms):
        cursor.execute(f"SELECT product_id FROM {self.table}, to_tsquery('simple', %s) query "
                       "WHERE vector @@ query ORDER BY ts_rank(vector, query) DESC, product_id",
                       [self.expression(terms)])
        return [row[0] for row in cursor.fetchall()]

    def delete(self, cursor, ids):
        _delete_in(cursor, self.table, "product_id", ids)

    def insert(self, cursor, rows):
        cursor.executemany(
            f"INSERT INTO {self.table} (product_id, title, vector) VALUES (%s, %s, "
            "setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B')"
            " || setweight(to_tsvector('simple', %s), 'D'))",
            [(pk, title, title, terms, description) for pk, title, terms, description in rows],
        )

    @contextlib.contextmanager
    def loading(self):
        yield

    def create(self, cursor):
        # Indexed after loading (replace()): building a GIN index once is faster than
        # keeping it up to date row by row.
        cursor.execute(f"DROP TABLE IF EXISTS {self.table}")
        cursor.execute(f"CREATE TABLE {self.table} (product_id integer NOT NULL, "
                       "title text NOT NULL DEFAULT '', vector tsvector NOT NULL)")

    def replace(self, cursor, table):
        cursor.execute(f"DROP TABLE {table}")
        cursor.execute(f"ALTER TABLE {self.table} RENAME TO {table}")
        cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {table}_pkey PRIMARY KEY (product_id)")
        cursor.execute(f"CREATE INDEX {table}_vector ON {table} USING gin (vector)")


def full_text(table=FTS_TABLE):
    if connection.vendor == "postgresql":
        return PostgresFullText(table)
    if connection.vendor == "sqlite":
        return SQLiteFullText(table)
    raise SearchBackendUnavailable(f"No full-text search for {connection.vendor}")


# --- facet index in memory --------------------------------------------------------------


def facet_values(document):
    """[(facet, value)] of a document, as SearchDocument.facets stores them."""
    values = []
    if document["cluster"]:
        values.append(("cluster", document["cluster"]))
    values += [("category", str(pk)) for pk in document["category"]]
    if document["seller"]:
        values.append(("seller", document["seller"]))
    values += [("certification", code) for code in document["certification"]]
    values += [("incoterm", term) for term in document["incoterm"]]
    for code, options in sorted(document["attrs"].items()):
        values += [(f"{ATTRIBUTE_FACET_PREFIX}{code}", option) for option in options]
    if document["in_stock"]:
        values.append(("in_stock", "true"))
    if document.get("seller_grade") in GRADES:
        values.append(("seller_grade", document["seller_grade"]))
    return values


def _parse_facets(text):
    return tuple(tuple(line.split("=", 1)) for line in text.split("\n") if "=" in line)


_FLAG_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def _bits(positions, size):
    """A bitmap (a Python int) with the given bit positions set; a position equal to
    `size` stands for "none" and is left out."""
    flags = bytearray(size + 1)
    # deque(maxlen=0) runs the map in C: no Python loop over tens of thousands of positions.
    collections.deque(map(flags.__setitem__, positions, itertools.repeat(1)), maxlen=0)
    del flags[size]
    # One byte per position, as "0"/"1" digits, highest position first: int() parses
    # base 2 in linear time.
    return int(flags.translate(_FLAG_DIGITS)[::-1], 2) if size else 0


def _set_positions(bits):
    # bin() is C speed; reversed, character i is bit i.
    text = bin(bits)[:1:-1]
    found, position = [], text.find("1")
    while position >= 0:
        found.append(position)
        position = text.find("1", position + 1)
    return found


def _ranks(ordered, size):
    rank = [0] * size
    for index, position in enumerate(ordered):
        rank[position] = index
    return rank


def _last_or_none_key(value, descending=False):
    # None sorts last in both directions.
    if value is None:
        return (1, 0)
    return (0, -value if descending else value)


class FacetIndex:
    """Bitmaps of every facet value over the indexed products of one database.

    Positions are assigned in load order; a product indexed later is appended, one
    removed keeps its position with its bits cleared. Orders and range bitmaps are
    computed when first asked and dropped on every change.
    """

    def __init__(self):
        self.ids = []
        self.positions = {}
        self.values = []  # position -> ((facet, value), ...)
        self.price = []
        self.moq = []
        self.created = []
        self.rating = []
        self.seller_score = []
        self.alive = 0
        self.bits = {}  # facet -> {value: bitmap}
        self.seq = 0
        self.batch = None
        self.gaps = {}  # change id -> when first missed
        self._derived = {}
        self._matches = collections.OrderedDict()  # query words -> Matches, while nothing changes
        self._id_table = None

    # loading and catching up

    @classmethod
    def load(cls, seq, batch):
        index = cls()
        index.seq, index.batch = seq, batch
        rows = SearchDocument.objects.order_by("pk").values_list(
            "product_id", "price", "moq", "date_created", "rating", "seller_score", "facets",
        ).iterator(chunk_size=5000)
        grouped = {}
        for position, (pk, price, moq, created, rating, seller_score, facets) in enumerate(rows):
            values = _parse_facets(facets)
            index._append(pk, price, moq, created, rating, values, seller_score)
            for facet, value in values:
                grouped.setdefault(facet, {}).setdefault(value, []).append(position)
        size = len(index.ids)
        index.alive = (1 << size) - 1
        index.bits = {
            facet: {value: _bits(positions, size) for value, positions in by_value.items()}
            for facet, by_value in grouped.items()
        }
        return index

    def _append(self, pk, price, moq, created, rating, values, seller_score=None):
        self.positions[pk] = len(self.ids)
        self.ids.append(pk)
        self.price.append(price)
        self.moq.append(moq)
        self.created.append(created)
        self.rating.append(rating)
        self.seller_score.append(seller_score)
        self.values.append(values)

    def apply(self, product_ids):
        """Reload these products from SearchDocument (gone from it: gone from the index)."""
        rows = {}
        for start in range(0, len(product_ids), 900):
            chunk = product_ids[start : start + 900]
            for row in SearchDocument.objects.filter(pk__in=chunk).values_list(
                    "product_id", "price", "moq", "date_created", "rating", "seller_score",
                    "facets"):
                rows[row[0]] = row
        for pk in product_ids:
            position = self.positions.get(pk)
            if position is not None:
                bit = 1 << position
                for facet, value in self.values[position]:
                    self.bits[facet][value] &= ~bit
                self.alive &= ~bit
                self.values[position] = ()
            row = rows.get(pk)
            if row is None:
                continue
            _pk, price, moq, created, rating, seller_score, facets = row
            values = _parse_facets(facets)
            if position is None:
                position = len(self.ids)
                self._append(pk, price, moq, created, rating, values, seller_score)
            else:
                self.price[position], self.moq[position] = price, moq
                self.created[position], self.rating[position] = created, rating
                self.seller_score[position] = seller_score
                self.values[position] = values
            bit = 1 << position
            self.alive |= bit
            for facet, value in values:
                by_value = self.bits.setdefault(facet, {})
                by_value[value] = by_value.get(value, 0) | bit
        self._reorder({self.positions[pk] for pk in product_ids if pk in self.positions})
        self._matches.clear()
        self._id_table = None

    # bitmaps

    @property
    def size(self):
        return len(self.ids)

    def any_of(self, facet, values):
        by_value = self.bits.get(facet, {})
        bits = 0
        for value in values:
            bits |= by_value.get(str(value), 0)
        return bits

    def of_ids(self, product_ids):
        size = self.size
        table = self._ids_to_positions()
        if table is not None:
            try:
                return _bits(map(table.__getitem__, product_ids), size)
            except IndexError:  # a product newer than the index
                pass
        return _bits(map(self.positions.get, product_ids, itertools.repeat(size)), size)

    def _ids_to_positions(self):
        """A list from product id to position (size where none), while ids are dense
        enough: indexing a list is several times faster than hashing into the dict."""
        if self._id_table is None:
            top = max(self.ids, default=0)
            if top > 4 * self.size + 1000:
                self._id_table = False  # sparse: the dict it is, until the index changes
            else:
                table = [self.size] * (top + 1)
                for pk, position in self.positions.items():
                    table[pk] = position
                self._id_table = table
        return self._id_table or None

    def matches(self, terms, ranked):
        """Matches of the query words, with their bitmaps; the last few hundred are kept
        until the index changes (buyers ask the same words again and again)."""
        key = (tuple((kind, tuple(tokens)) for kind, tokens in terms), ranked)
        found = self._matches.get(key)
        if found is not None:
            self._matches.move_to_end(key)
            return found
        found = Matches.find(terms, ranked)
        found.bits = self.of_ids(found.ids)
        found.title_bits = self.of_ids(found.in_title) if found.in_title else 0
        self._matches[key] = found
        if len(self._matches) > MATCHES_KEPT:
            self._matches.popitem(last=False)
        return found

    def _cached(self, key, compute):
        if key not in self._derived:
            if len(self._derived) > 512:
                self._derived = {k: v for k, v in self._derived.items() if k[0] != "range"}
            self._derived[key] = compute()
        return self._derived[key]

    def _sorted_by(self, name):
        """(values, positions) of the products with a `name` (price, moq), by value."""
        def compute():
            values = getattr(self, name)
            pairs = sorted((value, position) for position, value in enumerate(values)
                           if value is not None)
            return [value for value, _p in pairs], [position for _v, position in pairs]
        return self._cached(("sorted", name), compute)

    def between(self, name, low, high, high_inclusive):
        """Bitmap of products whose `name` (price, moq) is in [low, high] or [low, high)."""
        def compute():
            keys, positions = self._sorted_by(name)
            start = 0 if low is None else bisect.bisect_left(keys, low)
            if high is None:
                end = len(keys)
            elif high_inclusive:
                end = bisect.bisect_right(keys, high)
            else:
                end = bisect.bisect_left(keys, high)
            return _bits(positions[start:end], self.size)
        return self._cached(("range", name, low, high, high_inclusive), compute)

    @staticmethod
    def _in_range(value, low, high, high_inclusive):
        if value is None or (low is not None and value < low):
            return False
        return high is None or value < high or (high_inclusive and value == high)

    # orders

    #: The sorts worked out from the index's own columns (title orders come from SearchTitle).
    ORDERS = ("relevance", "price_asc", "price_desc", "newest", "moq")
    #: More changes than this at once: title orders are read again rather than patched.
    TITLE_PATCH = 100

    def _order_key(self, sort):
        """The sort key of a position: what order(sort) is sorted by."""
        if sort == "price_asc":
            return lambda p: (_last_or_none_key(self.price[p]), p)
        if sort == "price_desc":
            return lambda p: (_last_or_none_key(self.price[p], descending=True), p)
        if sort == "moq":
            return lambda p: (_last_or_none_key(self.moq[p]), p)
        if sort == "newest":
            return lambda p: (_last_or_none_key(self._stamp(p), descending=True), -self.ids[p])
        if sort == "seller_rating":
            return lambda p: (_last_or_none_key(self.seller_score[p], descending=True),
                              _last_or_none_key(self._stamp(p), descending=True), -self.ids[p])
        # Relevance without words: best rated, then newest.
        return lambda p: (_last_or_none_key(self.rating[p], descending=True),
                          _last_or_none_key(self._stamp(p), descending=True), -self.ids[p])

    def _sort_passes(self, sort):
        """Lists of keys by position, least significant first: stably sorting the positions
        by each in turn gives _order_key's order, with C-speed key lookups instead of a
        Python function call per product (a tenth of the time)."""
        def ascending(values):
            return [INFINITY if value is None else float(value) for value in values]

        def descending(values):
            return [INFINITY if value is None else -float(value) for value in values]

        if sort == "price_asc":
            return [ascending(self.price)]
        if sort == "price_desc":
            return [descending(self.price)]
        if sort == "moq":
            return [ascending(self.moq)]
        stamps = descending(None if created is None else created.timestamp()
                            for created in self.created)
        newest_first = [[-pk for pk in self.ids], stamps]
        if sort == "newest":
            return newest_first
        if sort == "seller_rating":
            # Best rated sellers first (new and unrated last), each seller's newest first.
            return newest_first + [descending(self.seller_score)]
        return newest_first + [descending(self.rating)]

    def order(self, sort, language=""):
        """Positions of every product in the sort's order (one of ORDERS, or title in a
        language)."""
        def compute():
            if sort == "title":
                return self._title_order(language.replace("-", "_"))
            positions = list(range(self.size))
            for keys in self._sort_passes(sort):
                positions.sort(key=keys.__getitem__)
            return positions
        return self._cached(("order", sort, language if sort == "title" else ""), compute)

    def rank(self, sort, language=""):
        """Each position's place in order(sort, language)."""
        return self._cached(("rank", sort, language if sort == "title" else ""),
                            lambda: _ranks(self.order(sort, language), self.size))

    def _title_order(self, suffix):
        # SearchTitle's index holds the ids in title order: read as one string, no sort.
        positions = self.positions
        ordered = [p for p in map(positions.get, _ids_by_title(suffix)) if p is not None]
        if len(ordered) < self.size:
            # Products without a title row (indexed before the table existed) come last.
            listed = set(ordered)
            ordered += sorted((p for p in range(self.size) if p not in listed),
                              key=self.ids.__getitem__)
        return ordered

    def _title_key(self, suffix, found):
        """The sort key of a position in title order, read from SearchTitle (and kept in found)."""
        def key(position):
            pk = self.ids[position]
            if pk not in found:
                title = SearchTitle.objects.filter(product_id=pk, language=suffix).values_list(
                    "key", flat=True).first()
                found[pk] = (1, "", pk) if title is None else (0, title, pk)
            return found[pk]
        return key

    def warm(self):
        """Sort once now what searches would otherwise sort on first asking."""
        for sort in self.ORDERS:
            self.rank(sort)

    def _reorder(self, changed):
        """Move changed positions to their place in the orders and ranges kept, instead
        of sorting a hundred thousand products again after every change."""
        if len(changed) > 1000:
            self._derived = {}
            return
        kept = {}
        for key, value in self._derived.items():
            if key[0] == "order" and key[1] == "title":
                if len(changed) > self.TITLE_PATCH:
                    continue
                for position in changed:
                    if position < len(value):
                        value.remove(position)
                # A binary search reads the titles of a few neighbours (17 for 100,000).
                sort_key = self._title_key(key[2].replace("-", "_"), {})
                for position in sorted(changed):
                    bisect.insort(value, position, key=sort_key)
                kept[key] = value
            elif key[0] == "order":
                sort_key = self._order_key(key[1])
                for position in changed:
                    if position < len(value):
                        value.remove(position)
                for position in sorted(changed):
                    bisect.insort(value, position, key=sort_key)
                kept[key] = value
            elif key[0] == "sorted":
                values, (keys, positions) = getattr(self, key[1]), value
                for position in changed:
                    try:
                        index = positions.index(position)
                    except ValueError:
                        continue
                    del keys[index], positions[index]
                for position in changed:
                    if values[position] is not None:
                        index = bisect.bisect_right(keys, values[position])
                        keys.insert(index, values[position])
                        positions.insert(index, position)
                kept[key] = value
            elif key[0] == "range":
                _kind, name, low, high, high_inclusive = key
                values, bits = getattr(self, name), value
                for position in changed:
                    if self._in_range(values[position], low, high, high_inclusive):
                        bits |= 1 << position
                    else:
                        bits &= ~(1 << position)
                kept[key] = bits
        self._derived = kept

    def _stamp(self, position):
        created = self.created[position]
        return created.timestamp() if created is not None else None


_index_lock = threading.RLock()
_indexes = {}  # database alias -> FacetIndex


def _changes_since(index):
    """(rows of SearchChange after the index's, whether the index must reload everything)."""
    latest = SearchChange.objects.order_by("-pk").values_list("pk", "batch").first()
    if latest is None:
        return [], index.seq != 0
    if (latest[0], latest[1]) == (index.seq, index.batch) and not index.gaps:
        return [], False
    if index.seq:
        own = SearchChange.objects.filter(pk=index.seq).values_list("batch", flat=True).first()
        if own != index.batch:
            return [], True
    rows = list(SearchChange.objects.filter(pk__gt=index.seq).order_by("pk").values_list(
        "pk", "product_id", "batch")[: MAX_PATCH + 1])
    if index.gaps:
        rows += SearchChange.objects.filter(pk__in=list(index.gaps)).values_list(
            "pk", "product_id", "batch")
    if len(rows) > MAX_PATCH or any(product_id == 0 for _pk, product_id, _b in rows):
        return [], True
    return rows, False


def facet_index():
    """This process's FacetIndex of the default database, caught up with the change log."""
    with _index_lock:
        index = _indexes.get(connection.alias)
        if index is None:
            reload = True
        else:
            rows, reload = _changes_since(index)
        if reload:
            latest = SearchChange.objects.order_by("-pk").values_list("pk", "batch").first()
            index = FacetIndex.load(*(latest or (0, None)))
            index.warm()
            _indexes[connection.alias] = index
            # The index is a few hundred thousand long-lived objects: out of the garbage
            # collector's way, so its full passes do not stall searches for a tenth of a second.
            gc.collect()
            gc.freeze()
            return index
        if rows:
            now = time.monotonic()
            found = {pk for pk, _product, _batch in rows}
            for pk in found:
                index.gaps.pop(pk, None)
            newest = max(found)
            # A hole below the newest id may be a transaction that commits later (PostgreSQL
            # hands out ids before commit): watched for a while, then forgotten.
            for pk in range(index.seq + 1, newest):
                if pk not in found:
                    index.gaps.setdefault(pk, now)
            index.gaps = {pk: t for pk, t in index.gaps.items() if now - t < GAP_SECONDS}
            index.apply(sorted({product for _pk, product, _batch in rows}))
            if newest > index.seq:
                index.seq = newest
                index.batch = next(batch for pk, _p, batch in rows if pk == newest)
        return index


def forget_facet_indexes():
    """Drop the facet indexes of this process (the next search reloads them)."""
    with _index_lock:
        _indexes.clear()


# --- answering ------------------------------------------------------------------------------


class Matches:
    """What the full-text table answers a query's words: the ids of every match, and for
    sorting by relevance either all of them ranked (when few) or those with a word in
    the title (when many: see RANK_UP_TO)."""

    def __init__(self, ids, ranked=None, in_title=()):
        self.ids, self.ranked, self.in_title = ids, ranked, in_title
        self.bits = self.title_bits = 0  # over a FacetIndex's positions (FacetIndex.matches)

    @classmethod
    def find(cls, terms, ranked):
        fts = full_text()
        with connection.cursor() as cursor:
            ids = fts.match(cursor, terms)
            if not ranked or not ids:
                return cls(ids)
            if len(ids) <= RANK_UP_TO:
                return cls(ids, ranked=fts.ranked(cursor, terms))
            return cls(ids, in_title=fts.match(cursor, terms, column="title"))


def _ranked_page(index, ranked, selected, start, count):
    """The ids of `ranked` (best first) that are selected, from the start-th on."""
    chosen = bin(selected)[:1:-1]
    page, end = [], start + count
    for pk in ranked:
        position = index.positions.get(pk)
        if position is not None and position < len(chosen) and chosen[position] == "1":
            page.append(pk)
            if len(page) == end:
                break
    return page[start:end]


def _ordered_page(index, sort, bits, start, count, language=""):
    """Positions of the products of `bits` in order(sort, language), from the start-th on."""
    total = bits.bit_count() if count > 0 else 0
    if start >= total:
        return []
    if total * 20 < index.size:
        # Few: sort them rather than walk the whole order.
        rank = index.rank(sort, language)
        return sorted(_set_positions(bits), key=rank.__getitem__)[start : start + count]
    chosen = bin(bits)[:1:-1]
    found, seen = [], 0
    for position in index.order(sort, language):
        if position < len(chosen) and chosen[position] == "1":
            seen += 1
            if seen > start:
                found.append(position)
                if len(found) == count:
                    break
    return found


def _ids_by_title(suffix):
    """Product ids by title in a language: (key, id) order, as Python compares them."""
    table = connection.ops.quote_name(SearchTitle._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Code point order, whatever the database's collation: the same order as the
            # comparisons that patch title orders in memory.
            cursor.execute(f'SELECT product_id FROM {table} WHERE language = %s '
                           'ORDER BY "key" COLLATE "C", product_id', [suffix])
            return [row[0] for row in cursor.fetchall()]
        # SQLite compares text byte by byte (UTF-8: code point order), and reads the ids
        # in order from the covering index; one string rather than a row per product.
        cursor.execute(f'SELECT group_concat(product_id) FROM (SELECT product_id FROM {table} '
                       'WHERE language = %s ORDER BY "key", product_id)', [suffix])
        text = cursor.fetchone()[0]
        return list(map(int, text.split(","))) if text else []


# --- the backend ----------------------------------------------------------------------------


class DatabaseBackend(SearchBackend):
    name = "database"

    def base_queryset(self):
        return searchable_products()

    # searching

    def search(self, query):
        terms = query_terms(query.text, query.language.replace("-", "_"))
        with _index_lock:
            index = facet_index()
            matches = None
            if terms:
                matches = index.matches(terms, ranked=query.sort == "relevance")
            total, page_ids, facets = self._answer(index, query, matches)
        # Browsable again: a product taken down since it was indexed is not shown.
        by_id = listed_products(page_ids)
        hits = [SearchHit(by_id[pk]) for pk in page_ids if pk in by_id]
        return SearchResult(hits, total, query, facets)

    def _conditions(self, index, query):
        """{facet name: bitmap} of every filter of the query, by the facet it narrows."""
        conditions = {}
        for name, values in query.filters:
            if values:
                conditions[name] = index.any_of(name, values)
        if query.price_min is not None or query.price_max is not None:
            conditions["price"] = index.between("price", query.price_min, query.price_max, False)
        if query.moq_max is not None:
            conditions["moq"] = index.between("moq", None, query.moq_max, True)
        if query.in_stock:
            conditions["in_stock"] = index.any_of("in_stock", ["true"])
        if query.min_grade:
            # An unknown grade matches nothing, like an unknown facet value.
            conditions["min_grade"] = index.any_of("seller_grade", grades_at_least(query.min_grade))
        return conditions

    def _answer(self, index, query, matches):
        base = index.alive
        if matches is not None:
            base &= matches.bits
        if query.category_ids:
            base &= index.any_of("category", query.category_ids)
        conditions = self._conditions(index, query)
        selected = base
        for bits in conditions.values():
            selected &= bits
        total = selected.bit_count()
        page_ids = self._page(index, query, selected, total, matches)
        facets = self._facets(index, query, base, conditions, selected) if query.with_facets else []
        return total, page_ids, facets

    def _page(self, index, query, selected, total, matches):
        start = (query.page - 1) * query.per_page
        if start >= total:
            return []
        if query.sort == "title":
            positions = _ordered_page(index, "title", selected, start, query.per_page,
                                      query.language)
            return [index.ids[position] for position in positions]
        if matches is not None and query.sort == "relevance":
            if matches.ranked is not None:
                return _ranked_page(index, matches.ranked, selected, start, query.per_page)
            # Common words: the products with a word in the title first.
            in_title = selected & matches.title_bits
            first = _ordered_page(index, "relevance", in_title, start, query.per_page)
            skipped = max(0, start - in_title.bit_count())
            rest = _ordered_page(index, "relevance", selected & ~in_title, skipped,
                                 query.per_page - len(first))
            return [index.ids[position] for position in first + rest]
        positions = _ordered_page(index, query.sort, selected, start, query.per_page)
        return [index.ids[position] for position in positions]

    def _facets(self, index, query, base, conditions, selected):
        def narrowed_except(name):
            if name not in conditions:
                return selected
            bits = base
            for other, condition in conditions.items():
                if other != name:
                    bits &= condition
            return bits

        names = [name for name in FACETS if name != "in_stock"]
        names += sorted(name for name in index.bits if name.startswith(ATTRIBUTE_FACET_PREFIX))
        names += sorted(name for name, _values in query.filters
                        if name.startswith(ATTRIBUTE_FACET_PREFIX) and name not in names)
        facets = []
        for name in names:
            within = narrowed_except(name)
            chosen = set(query.values(name))
            choices = []
            for value, bits in index.bits.get(name, {}).items():
                count = (bits & within).bit_count()
                if count or value in chosen:
                    choices.append(FacetChoice(value, count, value in chosen))
            choices += [FacetChoice(value, 0, True) for value in chosen
                        if value not in index.bits.get(name, {})]
            choices.sort(key=lambda choice: (-choice.count, choice.value))
            facets.append(Facet(name, tuple(choices)))

        within = narrowed_except("in_stock")
        in_stock = (index.any_of("in_stock", ["true"]) & within).bit_count()
        facets.append(Facet("in_stock", (FacetChoice("true", in_stock, query.in_stock),)))

        within = narrowed_except("price")
        facets.append(Facet("price", tuple(
            FacetChoice(
                f"{low}-{'' if high is None else high}",
                (index.between("price", Decimal(low), None if high is None else Decimal(high),
                               False) & within).bit_count(),
                query.price_min == low and query.price_max == high,
            )
            for low, high in query.price_buckets
        )))

        within = narrowed_except("moq")
        facets.append(Facet("moq", tuple(
            FacetChoice(str(edge), (index.between("moq", None, edge, True) & within).bit_count(),
                        query.moq_max == edge)
            for edge in MOQ_EDGES
        )))
        return facets

    # autocomplete

    def suggest(self, text, language, limit=8):
        terms = query_terms(text, (language or "en").replace("-", "_"))
        if not terms:
            return []
        # The words as typed (normalized), a CJK run whole again.
        words = [tokens[0] if kind != "phrase" else tokens[0][0] + "".join(t[1] for t in tokens)
                 for kind, tokens in terms]
        suggestions = self._seller_suggestions(words, language)
        suggestions = self._category_suggestions(words, language) + suggestions
        room = max(limit - min(len(suggestions), limit // 2), 0)
        products = self._product_suggestions(terms, words, language, room)
        return (products + suggestions)[:limit]

    def _product_suggestions(self, terms, words, language, limit):
        if not limit:
            return []
        with connection.cursor() as cursor:
            ids = full_text().match(cursor, terms, column="title", limit=limit * 10)
        if not ids:
            return []
        suffix = language.replace("-", "_")
        products = self.base_queryset().filter(pk__in=ids).only("pk", "slug", "title", "title_en")
        titles = dict(SearchDocument.objects.filter(pk__in=ids).values_list("product_id", "titles"))
        found, seen = [], set()
        for product in products:
            title = (titles.get(product.pk) or {}).get(suffix) or product.title
            if not _matches_words(title, words) or title in seen:
                continue
            seen.add(title)
            found.append((not normalize(title).startswith(words[0]), len(title), title, product))
        found.sort(key=lambda row: row[:3])
        return [Suggestion("product", title, product.get_absolute_url())
                for _starts, _length, title, product in found[:limit]]

    def _category_suggestions(self, words, language):
        suffix = language.replace("-", "_")
        found = []
        for category in Category.objects.browsable():
            name = getattr(category, f"name_{suffix}", "") or category.name
            if _matches_words(name, words):
                found.append(Suggestion("category", name, category.get_absolute_url()))
        return found[:3]

    def _seller_suggestions(self, words, language):
        found = []
        for partner in Partner.objects.select_related("enterprise").order_by("name"):
            enterprise = getattr(partner, "enterprise", None)
            names = [partner.name]
            if enterprise is not None:
                names = [enterprise.localized_name(), enterprise.name_en, enterprise.legal_name_zh]
            name = next((n for n in names if n and _matches_words(n, words)), None)
            if name is None:
                continue
            label = names[0] or name
            if enterprise is not None and enterprise.is_public:
                url = enterprise.get_absolute_url()
            else:
                url = _search_url(seller=partner.code)
            found.append(Suggestion("seller", label, url))
        return found[:3]

    # indexing

    def index_products(self, product_ids):
        ids = sorted({int(pk) for pk in product_ids})
        builder = None
        for start in range(0, len(ids), BATCH_SIZE):
            batch = ids[start : start + BATCH_SIZE]
            builder = builder or DocumentBuilder()
            self._write(batch, builder.build(batch))

    def remove_products(self, product_ids):
        ids = sorted({int(pk) for pk in product_ids})
        for start in range(0, len(ids), BATCH_SIZE):
            self._write(ids[start : start + BATCH_SIZE], [])

    @transaction.atomic
    def _write(self, ids, documents, log=True, fts=None, new_rows=False):
        """Replace the index entries of `ids` by `documents` (ids without one leave the index).

        `new_rows`: the full-text table holds none of these ids yet (a rebuild's batches).
        """
        suffixes = language_suffixes()
        fts = fts or full_text()
        _delete_rows(SearchDocument, ids)
        SearchDocument.objects.bulk_create([
            SearchDocument(
                product_id=document["id"], price=document["price"], moq=document["moq"],
                date_created=document["date_created"], rating=document["rating"],
                seller_score=document.get("seller_score"),
                facets="\n".join(f"{facet}={value}" for facet, value in facet_values(document)),
                titles={s: _title(document, s) for s in suffixes},
            )
            for document in documents
        ])
        _delete_rows(SearchTitle, ids)
        with connection.cursor() as cursor:
            if not new_rows:
                fts.delete(cursor, ids)
            fts.insert(cursor, [(document["id"], *document_texts(document, suffixes))
                                for document in documents])
            quote = connection.ops.quote_name
            cursor.executemany(
                f"INSERT INTO {quote(SearchTitle._meta.db_table)} "
                f"({quote('product_id')}, {quote('language')}, {quote('key')}) VALUES (%s, %s, %s)",
                [(document["id"], s, title_key(_title(document, s)))
                 for document in documents for s in suffixes],
            )
        if log:
            batch = uuid.uuid4().hex
            SearchChange.objects.bulk_create([SearchChange(product_id=pk, batch=batch)
                                              for pk in ids])
            newest = SearchChange.objects.order_by("-pk").values_list("pk", flat=True).first()
            SearchChange.objects.filter(pk__lte=newest - CHANGE_LOG_KEEP).delete()

    def rebuild(self, progress=None):
        """Index every browsable product again, a batch per transaction, into a new
        full-text table that replaces the old one at the end.

        Searches keep answering from the old table meanwhile, and facet indexes in
        memory keep the old documents until one change row tells every process to
        reload. Products indexed by other processes during the rebuild are indexed
        again before the swap.
        """
        fresh = full_text(f"{FTS_TABLE}_new")
        with fresh.loading():
            return self._rebuild(fresh, progress)

    def _rebuild(self, fresh, progress):
        latest = SearchChange.objects.order_by("-pk").values_list("pk", flat=True).first()
        started_after = latest or 0
        ids = browsable_ids()
        # Title rows are rewritten without their order index, which is built once at the
        # end: a million inserts into it cost six times as much. Meanwhile sorting by
        # title works, more slowly.
        with transaction.atomic(), connection.cursor() as cursor:
            fresh.create(cursor)
            cursor.execute(_title_order_sql(drop=True))
        try:
            builder = DocumentBuilder()
            for start in range(0, len(ids), BATCH_SIZE):
                batch = ids[start : start + BATCH_SIZE]
                self._write(batch, builder.build(batch), log=False, fts=fresh, new_rows=True)
                if progress is not None:
                    progress(min(start + BATCH_SIZE, len(ids)), len(ids))
            with transaction.atomic():
                changed = set(SearchChange.objects.filter(pk__gt=started_after).exclude(
                    product_id=0).values_list("product_id", flat=True))
                stale = set(SearchDocument.objects.values_list("pk", flat=True)) - set(ids)
                again = sorted(changed | stale)
                builder = DocumentBuilder()
                for start in range(0, len(again), BATCH_SIZE):
                    batch = again[start : start + BATCH_SIZE]
                    self._write(batch, builder.build(batch), log=False, fts=fresh)
                with connection.cursor() as cursor:
                    fresh.replace(cursor, FTS_TABLE)
                    cursor.execute(_title_order_sql())
                SearchChange.objects.all().delete()
                SearchChange.objects.create(product_id=0, batch=uuid.uuid4().hex)
        finally:
            # A rebuild that failed half way still leaves title sorting its index.
            with connection.cursor() as cursor:
                cursor.execute(_title_order_sql())
        return len(ids)

    def ping(self):
        try:
            connection.ensure_connection()
        except Exception as exc:  # the database driver's own error types vary
            raise SearchBackendUnavailable(str(exc)) from exc
        return f"database ({connection.vendor})"


def _delete_in(cursor, table, column, ids):
    """DELETE the rows of `table` whose `column` is one of `ids`."""
    ids = list(ids)
    if connection.vendor == "postgresql":
        cursor.execute(f"DELETE FROM {table} WHERE {column} = ANY(%s)", [ids])
        return
    for start in range(0, len(ids), 900):  # under SQLite's limit on parameters
        chunk = ids[start : start + 900]
        cursor.execute(f"DELETE FROM {table} WHERE {column} IN ({', '.join(['%s'] * len(chunk))})",
                       chunk)


def _delete_rows(model, product_ids):
    """Delete a model's rows of these products: one statement, where QuerySet.delete()
    would first read every row to send signals that nothing here listens to."""
    with connection.cursor() as cursor:
        _delete_in(cursor, connection.ops.quote_name(model._meta.db_table), "product_id",
                   product_ids)


def _title_order_sql(drop=False):
    """SQL creating (if missing) or dropping SearchTitle's order index, as the model declares it."""
    index = SearchTitle._meta.indexes[0]
    if drop:
        return f"DROP INDEX IF EXISTS {connection.ops.quote_name(index.name)}"
    sql = str(index.create_sql(SearchTitle, connection.schema_editor()))
    return sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1)


def _title(document, suffix):
    """The document's title in a language, with the catalogue's fallbacks."""
    return document[f"title_{suffix}"] or document["title_en"] or document["title_zh_hans"]


def _matches_words(text, words):
    """Whether every typed word starts a word of `text` (CJK: appears in it)."""
    normalized = normalize(text)
    text_words = _WORD.findall(normalized)
    for word in words:
        if _CJK_RUN.fullmatch(word):
            if word not in normalized:
                return False
        elif not any(candidate.startswith(word) for candidate in text_words):
            return False
    return True


def _search_url(**params):
    try:
        return f"{reverse('search:search')}?{urlencode(params)}"
    except NoReverseMatch:
        return ""
