"""The wheel's build hook: compiles the translations, so the wheel carries the ``.qm`` files.

Hatchling runs it before collecting files (``[tool.hatch.build.targets.wheel.hooks.custom]``);
the catalogues are written beside their ``.ts`` in ``resources/translations/``, which the
wheel's force-include copies to ``gui/_bundled/resources/``. The compiling itself is
``packaging/build_translations.py``, the same that ``make`` and the PyInstaller spec run.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface[BuilderConfig]):
    PLUGIN_NAME = "translations"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        script = root / "packaging" / "build_translations.py"
        spec = importlib.util.spec_from_file_location("build_translations", script)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        # Always again: a checkout's file times do not say whether a .qm matches its .ts.
        module.build(root / "resources" / "translations", force=True)
