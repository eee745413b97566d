"""A briefing as one self-contained HTML page: no external fonts, scripts or CDNs.

The summary parts (header, key points, stance matrix, sources, data quality) are
plain HTML. The positions themselves — the bulk of a large briefing — travel once as
compact JSON and an inline script lays them out: with 10,000 records of real length
that keeps the page under 5 MB, where the same positions as markup weighed over 6 MB
(benchmarks/briefing_speed.py). The script only creates elements and sets their text,
never parses data as HTML, and links only http(s) addresses.

Readable on a laptop and on paper (print CSS hides the controls and keeps entries
whole). The reader filters by issue and speaker; the filter can also be set from the
address (`briefing.html#issue=leave_nato&speaker=...`), which is how a link to
"everything Le Pen said" is shared, and how the browser test drives it.
"""

from __future__ import annotations

import json
import re
from html import escape

from summarize.briefing import STANCE_ORDER, Briefing, Citation
from summarize.render.briefing_markdown import (
    narrative_check,
    safe_url,
    speaker_label,
    stance_runs,
)

_STYLE = """
:root{--support:#1b7f3b;--oppose:#b3261e;--mixed:#a15c00;--unclear:#555}
body{font:15px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d1d1f;margin:0 auto;max-width:75rem;padding:1rem 1.5rem}
h1{margin-bottom:.2rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}
.meta{color:#555}.controls{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #eee;z-index:1}
.controls select{margin-right:1rem;font:inherit}
table{border-collapse:collapse;margin:.8rem 0;font-size:14px}th,td{border:1px solid #d0d0d0;padding:.3rem .5rem;vertical-align:top;text-align:left}
.matrix{overflow-x:auto}.st{font-weight:600;text-decoration:none}.st.support{color:var(--support)}.st.oppose{color:var(--oppose)}
.st.mixed{color:var(--mixed)}.st.unclear{color:var(--unclear)}
.entry{margin:.6rem 0 .9rem;padding-left:.8rem;border-left:3px solid #ccc}.entry.support{border-color:var(--support)}
.entry.oppose{border-color:var(--oppose)}.entry.mixed{border-color:var(--mixed)}
blockquote{margin:.3rem 0 .3rem 1rem;color:#333}cite{color:#555;font-style:normal;font-size:13px}
.caveats{color:#6b4e00}.flag{background:#fff4d6;padding:.2rem .5rem;border-radius:4px;display:inline-block;margin:.2rem 0}
.synthesis{background:#f4f6fb;border-left:4px solid #5b7bd5;padding:.3rem .8rem;margin:.6rem 0}
.synthesis.fail{border-color:var(--oppose);background:#fdf0ef}[hidden]{display:none!important}
@media print{.controls{display:none}.entry,tr{break-inside:avoid}a{color:inherit;text-decoration:none}body{max-width:none}}
"""

_SCRIPT = """
(function(){
  var D=JSON.parse(document.getElementById('briefing-data').textContent);
  var STANCES=['support','oppose','mixed','unclear'];
  function el(tag,cls,text){var n=document.createElement(tag);if(cls)n.className=cls;if(text!=null)n.textContent=text;return n;}
  function cite(c){
    var src=D.sources[c[0]], w=el('cite'), label=src[0]+', '+(c[1]||'undated')+', '+(c[3]==null?'offsets unknown':'chars '+c[3]+'\u2013'+c[4]);
    if(src[1]){var a=el('a',null,label);a.href=src[1];w.append('[',a,']');}else{w.textContent='['+label+']';}
    return w;
  }
  D.entries.forEach(function(e){
    /* [anchor, speaker, label, role, issue, stance, position, hedges, date, date_text, citations] */
    var box=document.getElementById('issue-'+D.issues[e[4]]).querySelector('.groups');
    var stance=STANCES[e[5]], group=box.querySelector('.g-'+stance);
    if(!group){group=el('div','g-'+stance);group.append(el('h4',null,stance[0].toUpperCase()+stance.slice(1)+' ('+D.counts[e[4]][e[5]]+')'));box.append(group);}
    var d=el('div','entry '+stance);d.id='p'+e[0];d.dataset.issue=D.issues[e[4]];d.dataset.speaker=D.speakers[e[1]];
    d.append(el('strong',null,e[2]),(e[3]?', '+e[3]:'')+' \u2014 '+(e[8]||'undated')+(e[9]?' ('+e[9]+')':'')+': '+e[6]);
    if(e[7].length){d.append(el('div','caveats','Caveats: '+e[7].map(function(h){return '\u201c'+h+'\u201d';}).join('; ')));}
    e[10].forEach(function(c){var q=el('blockquote',null,'\u201c'+c[2]+'\u201d ');q.append(cite(c));d.append(q);});
    group.append(d);
  });
  D.timelines.forEach(function(t){
    /* [speaker, [[issue, [[anchor, stance, hedged, date], ...]], ...]] */
    var table=document.querySelector('section.speaker[data-speaker="'+CSS.escape(D.speakers[t[0]])+'"] table');
    t[1].forEach(function(row){
      var tr=el('tr');tr.dataset.issue=D.issues[row[0]];tr.append(el('td',null,D.issues[row[0]]));
      var td=el('td');row[1].forEach(function(p,k){
        if(k)td.append(' \u2192 ');
        var a=el('a','st '+STANCES[p[1]],STANCES[p[1]]+(p[2]?'*':''));a.href='#p'+p[0];td.append(a,' ('+(p[3]||'undated')+')');
      });
      tr.append(td);table.append(tr);
    });
  });
  var issue=document.getElementById('f-issue'), speaker=document.getElementById('f-speaker');
  function apply(){
    var i=issue.value, s=speaker.value;
    document.querySelectorAll('[data-issue],[data-speaker]').forEach(function(n){
      var okI=!i||!n.dataset.issue||n.dataset.issue===i, okS=!s||!n.dataset.speaker||n.dataset.speaker===s;
      n.hidden=!(okI&&okS);
    });
    document.querySelectorAll('section.issue').forEach(function(sec){
      sec.hidden=sec.hidden||!sec.querySelector('.entry:not([hidden])');
    });
    document.getElementById('shown').textContent=document.querySelectorAll('.entry:not([hidden])').length;
  }
  function fromHash(){
    var p=new URLSearchParams(location.hash.slice(1));
    if(p.has('issue'))issue.value=p.get('issue');
    if(p.has('speaker'))speaker.value=p.get('speaker');
  }
  issue.addEventListener('change',apply);speaker.addEventListener('change',apply);
  window.addEventListener('hashchange',function(){fromHash();apply();});
  fromHash();apply();
})();
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _payload(b: Briefing) -> str:
    """The positions and speaker timelines as compact JSON, safe inside <script>."""
    issues = [s.id for s in b.issues]
    speakers = [p.key for p in b.speakers]
    sources: dict[tuple[str, str | None], int] = {}
    stance_index = {st: k for k, st in enumerate(STANCE_ORDER)}
    number = {e.anchor: int(e.anchor[1:]) for e in b.entries}

    def source(c: Citation) -> int:
        return sources.setdefault((c.source, safe_url(c.url)), len(sources))

    entries = [
        [number[e.anchor], speakers.index(e.speaker_key), speaker_label(e), e.role, issues.index(e.issue),
         stance_index[e.stance], e.position, e.hedges, e.date, e.date_text,
         [[source(c), c.date, c.text, c.start, c.end] for c in e.citations]]
        for section in b.issues for st in STANCE_ORDER for e in section.groups[st]
    ]
    timelines = []
    for k, profile in enumerate(b.speakers):
        rows: dict[str, list[list[object]]] = {}
        for e in profile.entries:
            rows.setdefault(e.issue, []).append([number[e.anchor], stance_index[e.stance], int(bool(e.hedges)), e.date])
        timelines.append([k, [[issues.index(i), r] for i, r in rows.items()]])
    data = {
        "issues": issues, "speakers": speakers,
        "counts": [[len(s.groups[st]) for st in STANCE_ORDER] for s in b.issues],
        "sources": [[label, url] for (label, url) in sources],
        "entries": entries, "timelines": timelines,
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c")  # no "</script>" or "<!--" can end the data early


def briefing_html(b: Briefing) -> str:
    facts = [f"{b.articles} articles"]
    if b.corpus:
        facts.insert(0, f"corpus <strong>{_e(b.corpus)}</strong>")
    if b.outlets:
        facts.append(f"{len(b.outlets)} outlets: " + _e(", ".join(b.outlets)))
    if b.date_range:
        facts.append(f"published {_e(b.date_range[0])} to {_e(b.date_range[1])}")
    facts.append("model: " + (_e(", ".join(b.models)) if b.models else "none recorded (hand-labelled?)"))
    if b.prompt_versions:
        facts.append("prompt " + _e(", ".join(b.prompt_versions)))
    facts.append(f"generated {_e(b.generated_at)}")
    filters = "; ".join(f"{_e(k)} = {_e(', '.join(v))}" for k, v in b.filters.items())

    issue_options = "".join(f'<option value="{_e(s.id)}">{_e(s.id)}</option>' for s in b.issues)
    speaker_options = "".join(f'<option value="{_e(p.key)}">{_e(p.name)}</option>' for p in b.speakers)
    out = [f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
           f"<title>{_e(b.title)}</title><style>{_STYLE}</style></head><body>",
           f"<h1>{_e(b.title)}</h1><p class=meta>{' · '.join(facts)}</p>",
           f"<p class=meta>Filters applied: {filters}</p>" if filters else "",
           '<div class="controls"><label>Issue <select id="f-issue"><option value="">all</option>'
           f'{issue_options}</select></label><label>Speaker <select id="f-speaker"><option value="">all</option>'
           f'{speaker_options}</select></label> <span><span id="shown">{len(b.entries)}</span> positions shown</span></div>',
           "<h2>Key points</h2><ul>"]
    out += [f'<li data-issue="{_e(s.id)}"><a href="#issue-{_e(s.id)}"><strong>{_e(s.id)}</strong></a>: {_e(s.key_point)}</li>'
            for s in b.issues]
    out.append("</ul><h2>Stance matrix</h2><p class=meta>* hedged · → changed over time</p><div class=matrix><table><tr><th>speaker</th><th>party</th>")
    out += [f'<th data-issue="{_e(s.id)}">{_e(s.id)}</th>' for s in b.issues]
    out.append("</tr>")
    matrix = b.matrix()
    for profile in b.speakers:
        row = [f'<tr data-speaker="{_e(profile.key)}"><td>{_e(profile.name)}</td><td>{_e(", ".join(profile.parties))}</td>']
        for section in b.issues:
            entries = stance_runs(matrix[profile.key].get(section.id, []))
            links = " → ".join(
                f'<a class="st {e.stance.value}" href="#{e.anchor}" title="{_e(e.position)}">{e.stance.value}{"*" if e.hedges else ""}</a>'
                for e in entries)
            row.append(f'<td data-issue="{_e(section.id)}">{links}</td>')
        out.append("".join(row) + "</tr>")
    out.append("</table></div><h2>Positions by issue</h2>"
               "<noscript><p>The positions are laid out by this page's script: allow it, or read the "
               "Markdown briefing, which holds the same content.</p></noscript>")
    for section in b.issues:
        out.append(f'<section class="issue" id="issue-{_e(section.id)}" data-issue="{_e(section.id)}"><h3>{_e(section.id)}</h3>')
        if section.proposition:
            out.append(f"<p><em>{_e(section.proposition)}</em></p>")
        if section.narrative:
            check = re.sub(r"\*\*|`", "", narrative_check(section.narrative))
            status = "pass" if section.narrative.check_passed else "fail"
            out.append(f'<div class="synthesis {status}"><p><strong>Synthesis</strong> — {_e(check)}</p>'
                       f"<p>{_e(section.narrative.text)}</p></div>")
        out.append('<div class="groups"></div></section>')
    out.append("<h2>Speakers</h2>")
    for profile in b.speakers:
        party = f" ({_e(', '.join(profile.parties))})" if profile.parties else ""
        out.append(f'<section class="speaker" data-speaker="{_e(profile.key)}"><h3>{_e(profile.name)}{party}</h3>'
                   "<table><tr><th>issue</th><th>positions over time (each links to its evidence)</th></tr></table>")
        out += [f'<div class="flag" data-issue="{_e(f.issue)}"><strong>{_e(f.kind.capitalize())}</strong> on {_e(f.issue)}: '
                f'{_e(f.detail)}</div>' for f in profile.flags]
        out.append("</section>")
    out.append("<h2>Sources</h2><table><tr><th>article</th><th>title</th><th>outlet</th><th>published</th></tr>")
    for src in b.sources:
        title = _e(src.title or "")
        if safe_url(src.url):
            title = f'<a href="{_e(src.url)}">{title or _e(src.article_id)}</a>'
        out.append(f"<tr><td>{_e(src.article_id)}</td><td>{title}</td><td>{_e(src.outlet or '')}</td>"
                   f"<td>{_e(src.published or '')}</td></tr>")
    out.append("</table><h2>Data quality</h2><ul>")
    out += [f"<li><strong>{_e(n.kind)}</strong>: {_e(n.detail)} — {_e(', '.join(n.article_ids))}</li>" for n in b.quality]
    out.append("</ul>" if b.quality else "<li>No problems recorded.</li></ul>")
    out.append(f'<script type="application/json" id="briefing-data">{_payload(b)}</script>')
    out.append(f"<script>{_SCRIPT}</script></body></html>\n")
    return "".join(out)
