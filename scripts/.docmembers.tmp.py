import re, sys, json
def document(path, docs):
    """docs: {interface_name: {member: text}} — inserts /** text */ above undocumented members."""
    lines = open(path).read().split('\n')
    out = []
    current = None
    depth = 0
    done = 0
    for i, line in enumerate(lines):
        m = re.match(r'^export interface (\w+)', line)
        if m:
            current = m.group(1); depth = 0
        if current in docs:
            mm = re.match(r'^(\s+)readonly (\w+)\??:', line)
            if mm and depth == 1 and mm.group(2) in docs[current]:
                prev = out[-1].strip() if out else ''
                if not prev.endswith('*/'):
                    out.append(f'{mm.group(1)}/** {docs[current][mm.group(2)]} */')
                    done += 1
        depth += line.count('{') - line.count('}')
        if current and depth <= 0 and '}' in line:
            current = None if depth <= 0 and not line.startswith('export interface') else current
        out.append(line)
    open(path, 'w').write('\n'.join(out))
    return done
if __name__ == '__main__':
    spec = json.load(open(sys.argv[1]))
    for path, docs in spec.items():
        print(path, document(path, docs))
