"""Paper: summary sheets, briefing packs and charts drawn with QPainter for print and PDF."""
