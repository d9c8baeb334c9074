"""What the desk and its dialogs both stand on: the background operations (taskman,
operations), the bridges to the core's threads, shared form pieces, the stylesheet,
printing helpers and the wording of ages and periods. Imports nothing from ui.desk or
ui.dialogs (pyproject.toml's import contracts)."""
