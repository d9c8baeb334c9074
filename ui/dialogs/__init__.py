"""The dialogs the desk opens: the cash drawer (F11), voids (F8) with the supervisor's
approval, the payment queue (F6) and its refused payments, closing the day (F12), the
address search (F3), the settings (F10). Each runs its core calls through
ui.common.operations; what they change reaches the desk as Changes, not as signals."""
