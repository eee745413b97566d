"""Presentation: reports and briefings as terminal tables, Markdown, JUnit XML, HTML.
Pure functions from computed results to text; nothing here computes a score."""
