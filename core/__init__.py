"""safeblocks core: the rule runtime and the platform service. Imports no UI and no pack."""

__version__ = "0.1.0"
