#!/usr/bin/env python3
# check-layering.py BUILDDIR SRCDIR: the folders of src/ are a map of the
# architecture, and this keeps the map true.  It reads what the compiler
# recorded (ninja's dependency log: every header each object file really
# included, directly or not) and what the linker is given, and fails when
#   - the domain core (src/core) sees the client, the service, the app, the
#     database layer, or a library of the network, JSON, SQL or GTK;
#   - the database layer (src/db) sees anything of ours but itself;
#   - the client (src/client) sees the service, the app or GTK;
#   - the app (src/app) sees the service, or the libraries the client
#     keeps to itself (libsoup, json-glib, SQLite, libsecret);
#   - the service (src/service) sees the client, the app, libsecret or GTK,
#     or elearn-sim links the client library;
#   - a .c file of src/ (main.c aside) has no header of its own;
#   - two classes of src/client or src/app include each other's headers
#     (a file-level circle; a class and its own private header are one).
# It runs in the style suite, after the build.

import os
import re
import subprocess
import sys
from collections import defaultdict

builddir, srcdir = sys.argv[1], os.path.abspath(sys.argv[2])

FOLDERS = ['core', 'db', 'client', 'service', 'app']

# folder -> patterns of headers it must not include
FORBIDDEN = {
    'core': ['src/client/', 'src/service/', 'src/app/', 'src/db/',
             'libsoup-', 'json-glib', 'sqlite3.h', 'libsecret', 'gtk-3.0', 'gdk/'],
    'db': ['src/core/', 'src/client/', 'src/service/', 'src/app/',
           'libsoup-', 'json-glib', 'libsecret', 'gtk-3.0'],
    'client': ['src/service/', 'src/app/', 'gtk-3.0', 'gdk/'],
    'service': ['src/client/', 'src/app/', 'libsecret', 'gtk-3.0', 'gdk/'],
    'app': ['src/service/', 'libsoup-', 'json-glib', 'sqlite3.h', 'libsecret'],
}

problems = []

# Files that are still parts of one class cut by size (they share the
# class's private header) and so have no header of their own yet: each is
# to become a class or a module of its own with a one-way dependency.  The
# list only shrinks; a new file never joins it.
PENDING_HEADERS = {
    'src/app/ec-window-actions.c',
    'src/app/ec-window-sync.c',
}


def folder_of(path):
    path = os.path.normpath(os.path.join(builddir, path)) if not os.path.isabs(path) else path
    rel = os.path.relpath(path, srcdir)
    parts = rel.split(os.sep)
    if len(parts) >= 2 and parts[0] == 'src' and parts[1] in FOLDERS:
        return parts[1], rel
    return None, rel


def check_deps():
    out = subprocess.run(['ninja', '-C', builddir, '-t', 'deps'], check=True,
                         capture_output=True, text=True).stdout
    obj_folder = None
    for line in out.splitlines():
        if not line.startswith(' '):
            obj_folder = None
            m = re.match(r'(\S+): #deps', line)
            if not m:
                continue
            obj = m.group(1)
            # Objects of a library of src/ live in src/<folder>/<lib>.p/.
            m = re.match(r'src/(\w+)/[^/]+\.p/', obj)
            if m and m.group(1) in FOLDERS:
                obj_folder = (m.group(1), obj)
            continue
        if obj_folder is None:
            continue
        header = line.strip()
        _, rel = folder_of(header)
        target = rel if not rel.startswith('..') else header
        for pattern in FORBIDDEN[obj_folder[0]]:
            if pattern in target:
                problems.append('%s (src/%s) includes %s' % (obj_folder[1], obj_folder[0], target))
                break


def check_links():
    out = subprocess.run(['ninja', '-C', builddir, '-t', 'query', 'src/service/elearn-sim'],
                         check=True, capture_output=True, text=True).stdout
    if 'libec-client' in out:
        problems.append('elearn-sim links the client library')


def class_of(path):
    stem = os.path.basename(path)
    stem = re.sub(r'\.(c|h)$', '', stem)
    return re.sub(r'-private$', '', stem)


def check_headers_and_circles():
    edges = defaultdict(set)
    for folder in FOLDERS:
        root = os.path.join(srcdir, 'src', folder)
        for dirpath, _, files in os.walk(root):
            for name in files:
                if not name.endswith('.c'):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, srcdir)
                has_header = os.path.exists(path[:-2] + '.h')
                if name != 'main.c' and not has_header and rel not in PENDING_HEADERS:
                    problems.append('%s has no header of its own' % rel)
                if has_header and rel in PENDING_HEADERS:
                    problems.append('%s has a header now: take it off PENDING_HEADERS' % rel)
                if folder not in ('client', 'app'):
                    continue
                with open(path, encoding='utf-8') as f:
                    for inc in re.findall(r'^#include "([^"]+)"', f.read(), re.M):
                        target = class_of(inc)
                        if target != class_of(name):
                            edges[(folder, class_of(name))].add((folder, target))
    # A circle of two or more classes, found by depth-first search.
    state = {}

    def visit(node, stack):
        state[node] = 1
        stack.append(node)
        for nxt in edges.get(node, ()):
            if nxt not in edges and nxt not in state:
                continue
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                problems.append('file-level circle: ' + ' -> '.join(n[1] for n in cycle))
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for node in list(edges):
        if node not in state:
            visit(node, [])


check_deps()
check_links()
check_headers_and_circles()

for p in sorted(set(problems)):
    print('check-layering: ' + p)
if problems:
    print('check-layering: %d problem(s); HACKING.md says what may include what' % len(set(problems)))
    sys.exit(1)
print('check-layering: the tree keeps its layers')
