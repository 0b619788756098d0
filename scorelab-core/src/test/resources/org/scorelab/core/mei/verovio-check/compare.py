"""Compares Verovio SVG renderings with agnostic token files (see README.md)."""
import glob
import re
import sys
import xml.etree.ElementTree as ET

SVG = '{http://www.w3.org/2000/svg}'
FLAGGED = {'eighth', 'sixteenth', 'thirty_second', 'sixty_fourth', 'hundred_twenty_eighth'}
POS = re.compile(r'-([LS]-?\d+)$')


def pos_name(p):
    return 'L%d' % (p // 2 + 1) if p % 2 == 0 else 'S%d' % ((p + 1) // 2)


def svg_facts(path):
    root = ET.parse(path).getroot()
    count, where = {}, {'notehead': [], 'accid': [], 'keyAccid': [], 'dots': []}
    for g in root.iter(SVG + 'g'):
        k = g.get('data-class')
        kids = list(g)
        if k in ('accid', 'keyAccid'):
            n = int(any(ch.tag == SVG + 'use' for ch in kids))
        elif k == 'dots':
            n = sum(1 for ch in kids if ch.tag == SVG + 'ellipse')
        elif k == 'barLine':
            n = int(len(kids) > 0)
        else:
            n = 1
        if k:
            count[k] = count.get(k, 0) + n
    for staff in root.iter(SVG + 'g'):
        if staff.get('data-class') != 'staff':
            continue
        ys = sorted(int(re.match(r'M\d+ (\d+)', ch.get('d')).group(1)) for ch in staff if ch.tag == SVG + 'path')[:5]
        if len(ys) < 5:
            continue
        bottom, half = ys[-1], (ys[-1] - ys[0]) / 8
        for g in staff.iter(SVG + 'g'):
            k = g.get('data-class')
            if k not in where:
                continue
            for u in g:
                if u.tag == SVG + 'use':
                    y = float(re.search(r'translate\([-\d.]+, ([-\d.]+)\)', u.get('transform')).group(1))
                elif u.tag == SVG + 'ellipse':
                    y = float(u.get('cy'))
                else:
                    continue
                where[k].append(pos_name(round((bottom - y) / half)))
    return count, where


def agnostic_facts(path):
    toks = [t for t in open(path).read().split('\t') if t]
    count, where = {}, {'notehead': [], 'accid': [], 'keyAccid': [], 'dots': []}

    def inc(k):
        count[k] = count.get(k, 0) + 1
    for i, t in enumerate(toks):
        p = POS.search(t).group(1)
        name = t[:POS.search(t).start()]
        if name.startswith('accidental.'):
            j = i + 1
            while j < len(toks) and toks[j].startswith('fermata'):
                j += 1
            own = j < len(toks) and toks[j].split('.')[0] in ('note', 'gracenote') and toks[j].endswith('-' + p)
            k = 'accid' if own else 'keyAccid'
            inc(k)
            where[k].append(p)
        elif name == 'dot':
            inc('dots')
            where['dots'].append(p)
        elif name.startswith('note.') or name.startswith('gracenote.'):
            v = name.split('.', 1)[1]
            if v in FLAGGED:
                inc('flag')
            if v.startswith('beamedRight'):
                inc('beam')
            inc('note')
            where['notehead'].append(p)
        elif name == 'slur.start':
            inc('tie')
        elif name.startswith('fermata'):
            inc('fermata')
        elif name == 'barline':
            inc('barLine')
        elif name.startswith('clef.'):
            inc('clef')
        elif name.startswith('metersign') or (name.startswith('digit.') and p == 'L4'):
            inc('meterSig')
        elif name == 'multirest':
            inc('multiRest')
        elif name.startswith('rest.'):
            inc('rest')
    return count, where


KEYS = ['note', 'rest', 'accid', 'keyAccid', 'dots', 'flag', 'beam', 'tie', 'fermata', 'barLine', 'clef',
        'meterSig', 'multiRest', 'tupletNum']
folder = sys.argv[1] if len(sys.argv) > 1 else 'out'
files = sorted(glob.glob(folder + '/*.agnostic'))
bad = 0
for f in files:
    ac, aw = agnostic_facts(f)
    sc, sw = svg_facts(f[:-len('.agnostic')] + '.svg')
    diff = {k: (ac.get(k, 0), sc.get(k, 0)) for k in KEYS if ac.get(k, 0) != sc.get(k, 0)}
    diff.update({'positions of ' + k: (aw[k][:8], sw[k][:8]) for k in aw if aw[k] != sw[k]})
    if diff:
        bad += 1
        print(f, diff)
print('%d files, %d with differences' % (len(files), bad))
