"""Text similarity for stories: TF-IDF over character n-grams inside words of the folded text.

Character n-grams within words match across Arabic clitics ("والسراج", "السراج") and spelling variants
without a stemmer; folding (diacritics, alef, ya, ta marbuta, digits) is the one search and dedupe use.
IDF is fitted on the articles vectorised together (a chunk plus the open stories' recent members), so a
word that every article of the week uses ("قال") weighs little.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from rasid.dedupe.neardup import fold_words
from rasid.stories.model import StoryArticle

NGRAMS = (4, 4)


def comparable_text(article: StoryArticle, lead_chars: int) -> str:
    """The title and the start of the text, folded: what a reader sees first is what names the story."""
    body = article.text
    if article.title and body.startswith(article.title):
        body = body[len(article.title):]
    return " ".join(fold_words(f"{article.title} {body[:lead_chars]}"))


def tfidf_matrix(texts: Sequence[str]) -> csr_matrix:
    """L2-normalised TF-IDF rows; a row of zeros for a text with no n-gram at all."""
    if not any(t.strip() for t in texts):
        return csr_matrix((len(texts), 1), dtype=np.float32)
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAMS, sublinear_tf=True, dtype=np.float32)
    return vectorizer.fit_transform(texts).tocsr()


def chunk_similarities(matrix: csr_matrix, first: int) -> np.ndarray:
    """Cosine similarity of rows ``first:`` with every row (rows are unit length), as a dense block."""
    return np.asarray((matrix[first:] @ matrix.T).toarray(), dtype=np.float32)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
