"""garda: a gateway that lets a police department use generative AI the way SOP 682 says it must."""

__version__ = "0.1.0"
