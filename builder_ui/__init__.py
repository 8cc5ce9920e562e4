"""The builder: NiceGUI pages (rule canvas, inspector, test panel) mounted on the service's app.

core never imports this package; the built-in plugin ``plugins.builder`` mounts it through the
``mount_app`` hook.
"""
