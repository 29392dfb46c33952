"""The window: tabs, cards, charts, tables and the article, all generated from the database."""
