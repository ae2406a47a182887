"""Loading articles into a document model with offsets into the original text."""

from tui.corpus.loader import load_corpus, seeds_dir
from tui.corpus.model import Body, Corpus, Paragraph, Sentence, Source

__all__ = ["Body", "Corpus", "Paragraph", "Sentence", "Source", "load_corpus", "seeds_dir"]
