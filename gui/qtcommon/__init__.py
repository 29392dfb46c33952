"""Qt pieces shared by the window and by printing: the bundled font and the translations."""
