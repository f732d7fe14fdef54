"""The local product catalogue: products typed once (imported or pulled), found again as you type.

Qt-free. ``Product`` is one sellable item; ``CatalogueStore`` keeps them (``SqliteCatalogue``
next to the journal's file); ``Catalogue`` searches them (codes, name prefixes, words, then
typos); ``import_csv`` and ``pull_bigcommerce`` fill them.
"""
