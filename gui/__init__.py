"""北京社会治理参考 · Beijing Governance Reference: a desktop reference for the report
《北京社会治理发展报告(2020~2021)》."""

__version__ = "0.1.0"
APP_NAME = "bjgov"
ORGANISATION = "bjgov"
