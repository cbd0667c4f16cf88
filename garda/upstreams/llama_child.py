"""Entry point of the ``llama_cpp.server`` child process that garda starts for the embedded model.

It arranges to receive SIGTERM when garda goes away (Linux ``PR_SET_PDEATHSIG``), so a
crashed or killed garda never leaves a model server running, then hands over to
``python -m llama_cpp.server`` with the same arguments.
"""

from __future__ import annotations

import ctypes
import os
import runpy
import signal
import sys

PR_SET_PDEATHSIG = 1


def end_with_parent() -> None:
    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return  # not Linux: garda's aclose() still stops the child on a clean shutdown
    if os.getppid() != parent:  # garda ended before the signal was armed
        sys.exit(0)


def main() -> None:
    end_with_parent()
    sys.argv[0] = "llama_cpp.server"
    runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
