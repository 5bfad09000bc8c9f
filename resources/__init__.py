"""Icons, desktop entry, metainfo, stylesheets and translations; shipped as ``desktop.data``."""
