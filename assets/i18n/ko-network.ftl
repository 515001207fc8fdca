## ko-network: filled by the second i18n round.
