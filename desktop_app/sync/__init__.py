"""File I/O of the sync folder: writing this computer's events and note, reading the others'.

Nothing here needs Qt; the app runs it off the GUI thread. Nothing here raises into its
callers for a folder that is missing, read-only or otherwise unusable: results say so.
"""
