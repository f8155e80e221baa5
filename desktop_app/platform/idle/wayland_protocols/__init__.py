"""pywayland bindings of the two idle protocols, generated once and shipped (about 10 KiB).

Shipped rather than generated at install time: the XML comes from Debian packages
(``wayland-protocols``: staging/ext-idle-notify/ext-idle-notify-v1.xml, MIT;
``plasma-wayland-protocols``: idle.xml, LGPL-2.1-or-later) that a user's machine need not
have, and pywayland's own copy of ext-idle-notify exists only in wheels built with
wayland-protocols present. Regenerate with ``python -m pywayland.scanner -o /tmp/wl -i``
followed by /usr/share/wayland/wayland.xml,
/usr/share/wayland-protocols/staging/ext-idle-notify/ext-idle-notify-v1.xml and
/usr/share/plasma-wayland-protocols/idle.xml (Debian: libwayland-dev, wayland-protocols,
plasma-wayland-protocols), then copy ``ext_idle_notify_v1.py`` and ``idle.py`` (as
``kde_idle.py``) here, importing ``WlSeat`` and ``WlSeatProxy`` from
``pywayland.protocol.wayland``.
"""
