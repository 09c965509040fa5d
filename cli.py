"""The `speechstamp` command. Each subcommand is a few lines over library calls;
library errors become one-sentence click errors here, never tracebacks."""
from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="speechstamp")
def main() -> None:
    """Find where each Hansard speech starts in the video of a sitting."""


# -- transcribe (issue 2) --------------------------------------------------


# -- link (issue 3) --------------------------------------------------------


# -- serve (issue 4) -------------------------------------------------------


# -- batch, worker (issue 5) -----------------------------------------------


if __name__ == "__main__":
    main()
