"""deportwatch: evidence-backed records of deportations and third-country transfers from news pages."""

__version__ = "0.1.0"
