## ko-window: filled by the second i18n round.
