"""Command-line subcommands; each module has ``run(args, paths) -> int``."""
