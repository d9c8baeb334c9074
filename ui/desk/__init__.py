"""The teller's desk: the main window (window.py), one customer's turn (entry.py), and the
widgets it is made of: the account bar, the services table, the payment and receipt panels,
the invoice viewer, the status bar, the offline banner, the keys, the sign-in screen and
the idle lock. The desk opens the dialogs (ui.dialogs); they never import it."""
