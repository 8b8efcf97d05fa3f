"""Extracts the README code for the consumer check.

Program.cs  <- the first csharp block under README.md's "## Quick start" heading
expected.txt <- the first text block after it
interop/Program.cs, interop/expected.txt <- the same under "## Your own NRules session" (a program of its own: it
                declares a rule class, so it cannot be wrapped in a method)
Snippets.cs <- every other csharp block of README.md and src/OshRules/*/README.md, each wrapped in a static method
"""
import glob, os, re, sys

repo, work = sys.argv[1], sys.argv[2]
BLOCK = re.compile(r'(<!-- snippet: partial -->\s*)?```(\w+)\n(.*?)```', re.S)

readme = open(os.path.join(repo, 'README.md'), encoding='utf-8').read()


def program(heading, folder):
    """The first csharp block under a heading and the first text block after it, written as a program and its output."""
    section = readme[readme.index(heading):]
    blocks = list(BLOCK.finditer(section))
    code = next(b for b in blocks if b.group(2) == 'csharp')
    text = next(b for b in blocks if b.group(2) == 'text' and b.start() > code.start())
    os.makedirs(folder, exist_ok=True)
    open(os.path.join(folder, 'Program.cs'), 'w', encoding='utf-8').write(code.group(3))
    open(os.path.join(folder, 'expected.txt'), 'w', encoding='utf-8').write(text.group(3).rstrip('\n'))
    return code.group(3)


programs = {program('## Quick start', work), program('## Your own NRules session', os.path.join(work, 'interop'))}

usings, bodies = set(), []
files = [os.path.join(repo, 'README.md')] + sorted(glob.glob(os.path.join(repo, 'src', 'OshRules', '*', 'README.md')))
for path in files:
    for b in BLOCK.finditer(open(path, encoding='utf-8').read()):
        if b.group(2) != 'csharp' or b.group(1) or b.group(3) in programs:
            continue
        lines = b.group(3).splitlines()
        usings.update(l.strip() for l in lines if l.startswith('using ') and l.rstrip().endswith(';'))
        bodies.append((os.path.relpath(path, repo), '\n'.join(l for l in lines if not l.startswith('using '))))

fam = ['OshRules.Common', 'OshRules.Evaluation', 'OshRules.Evaluation.Reports', 'OshRules.Law', 'OshRules.HealthExams',
       'OshRules.Ergonomics', 'OshRules.MaternalProtection', 'OshRules.Training']
usings.update(f'using {n};' for n in fam)
out = sorted(usings) + ['', 'internal static class ReadmeSnippets', '{']
for i, (path, body) in enumerate(bodies):
    out += [f'    // {path}', f'    public static void Snippet{i}()', '    {', body, '    }', '']
out.append('}')
open(os.path.join(work, 'Snippets.cs'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
open(os.path.join(work, 'snippets.count'), 'w').write(str(len(bodies)))
