#!/usr/bin/env python3
"""Chooses the seventh set's sample from METADATA only (no text is read to choose): the document's url
(file name) and the place names expert annotators tagged in it (toponym_annotations.json of
embelliardo/HumSet_geolocation_annotations at the commit pinned in fetch-rwp7.sh).

  python3 eval/rwp/rwp7-select.py toponym_annotations.json [reliefweb-2017.jsonl]

country = the country most often tagged (toponym -> country by the list below; the file name when no tag
maps); themes = words of the url (covid, flood, cyclone, epidemic, drought/food, migrants, appeal).
Strata: A = a country at war in 2018–2021 and no disaster/epidemic theme; B = a country at war and a
disaster/epidemic theme (the gate's hard case); D = a country not at war; U = no country found.
Sample: all of D, U; 60 of B and 75 of A, taken round-robin over countries in sha1(url) order.
Duplicates (the same whitespace-squeezed first 1,500 characters), texts under 300 characters and
documents whose url names 2017 (the 2017 corpus's year) are dropped (text is hashed and measured, not read). Titles (from file names) are compared with the 2017
corpus's titles; only the count of matches is printed. Halves: int(sha1(id), 16) even = fit, odd = held.
Writes rwp7-sample.tsv, rwp7-fit-ids.txt, rwp7-held-ids.txt beside this script.
"""
import collections, hashlib, json, os, re, sys, urllib.parse
COUNTRY={ # toponym -> country (own list; cities of the main crises)
'Libya':'Libya','Libyan':'Libya','Tripoli':'Libya','Benghazi':'Libya','Murzuq':'Libya','Ain Zara':'Libya','Sebha':'Libya','Misrata':'Libya',
'Syria':'Syria','Syrian':'Syria','Aleppo':'Syria','Damascus':'Syria','northwest Syria':'Syria','north-west Syria':'Syria','Idleb':'Syria','Idlib':'Syria',
'Sudan':'Sudan','Sudanese':'Sudan','Khartoum':'Sudan','West Darfur':'Sudan','Darfur':'Sudan',
'Afghanistan':'Afghanistan','AFGHANISTAN':'Afghanistan','Kandahar':'Afghanistan','Hilmand':'Afghanistan','Badakhshan':'Afghanistan','Kunduz':'Afghanistan','Takhar':'Afghanistan','Nimroz':'Afghanistan','Badghis':'Afghanistan','Nuristan':'Afghanistan','Kandahar province':'Afghanistan','Kabul':'Afghanistan','Herat':'Afghanistan',
'Niger':'Niger','Yemen':'Yemen','Al Hudaydah':'Yemen','Aden':'Yemen','Al Hudaydah City':'Yemen','Sana’a':'Yemen','Al Hudaydah Governorate':'Yemen','Hudaydah':'Yemen','Sa’ada':'Yemen','Taizz':'Yemen',
'Venezuelans':'Venezuela','Venezuela':'Venezuela','Venezuelan':'Venezuela',
'Nigeria':'Nigeria','Adamawa State':'Nigeria','Borno State':'Nigeria','Yola North':'Nigeria','Maiduguri':'Nigeria','Borno':'Nigeria','Nigerian':'Nigeria','Adamawa':'Nigeria','Yola South':'Nigeria','Girei':'Nigeria',
'Bangladesh':'Bangladesh','Cox’s Bazar':'Bangladesh','Teknaf':'Bangladesh','Bangladeshi':'Bangladesh','Coxsbazar':'Bangladesh',"Cox's Bazar":'Bangladesh',
'Somalia':'Somalia','Somaliland':'Somalia','Puntland':'Somalia','Mogadishu':'Somalia',
'Peru':'Peru','Lima':'Peru','Tumbes':'Peru','Colombia':'Colombia','Ecuador':'Ecuador','South Sudan':'South Sudan','South Sudanese':'South Sudan','Juba':'South Sudan','Wau':'South Sudan',
'Beira':'Mozambique','Mozambique':'Mozambique','Tete':'Mozambique','Cabo Delgado':'Mozambique',
'DRC':'DR Congo','Goma':'DR Congo','Democratic Republic of the Congo':'DR Congo','Ituri':'DR Congo','North Kivu':'DR Congo',
'Cameroon':'Cameroon','Chad':'Chad','Chadian':'Chad','N’Djamena':'Chad','Honduras':'Honduras','Guatemala':'Guatemala','El Salvador':'El Salvador','Nicaragua':'Nicaragua',
'Pakistan':'Pakistan','PAKISTAN':'Pakistan','Iran':'Iran','IRAN':'Iran','Brazil':'Brazil','Panama':'Panama','Chile':'Chile','Argentina':'Argentina','Mexico':'Mexico',
'Burkina Faso':'Burkina Faso','Mali':'Mali','Ethiopia':'Ethiopia','Lebanon':'Lebanon','Turkey':'Turkey','Costa Rica':'Costa Rica','Paraguay':'Paraguay','Uruguay':'Uruguay','Guyana':'Guyana','Dominican Republic':'Dominican Republic',
'Myanmar':'Myanmar','Iraq':'Iraq','Ukraine':'Ukraine','Burundi':'Burundi','Uganda':'Uganda','Kenya':'Kenya','Zimbabwe':'Zimbabwe','Malawi':'Malawi','Central African Republic':'CAR','CAR':'CAR',
}
FALLBACK = [(r'mazari|maymana|afghan|\bafg\b', 'Afghanistan'), (r'jonglei|south.sudan|\bssd\b', 'South Sudan'),
            (r'cameroun|cameroon', 'Cameroon'), (r'\bsyr\b|al.hol|syria', 'Syria'), (r'\blby\b|libya|benghazi', 'Libya'),
            (r'sool|sanaag|togdheer|somali', 'Somalia'), (r'yobe|nigeria', 'Nigeria'), (r'niger\b', 'Niger'),
            (r'dorian', 'Bahamas'), (r't&t|trinidad', 'Trinidad and Tobago'), (r'\bcol\b|colombia', 'Colombia')]
THEMES = [('covid', r'covid|coronavirus|ncov'), ('flood', r'flood'),
          ('cyclone/hurricane', r'cyclone|hurricane|idai|kenneth|\beta\b|\biota\b|\bstorm'),
          ('epidemic', r'lassa|cholera|ebola|measles|dengue|malaria|outbreak|epidemi|ewarn|polio|disease'),
          ('drought/food', r'drought|locust|food.?security|price|market|ipc|famine|nutrition|harvest|crop'),
          ('earthquake', r'earthquake|quake'), ('migrants', r'r4v|migrant|venezuel|refugees?.and.migrants'),
          ('funding/appeal', r'appeal|funding|\bfts\b|hrp|response.plan|flash.appeal')]
DISASTER = {'covid', 'flood', 'cyclone/hurricane', 'epidemic', 'drought/food', 'earthquake'}
# countries with armed conflict in 2018–2021 (UCDP active or a humanitarian response to one)
WAR = {'Libya', 'Nigeria', 'Afghanistan', 'Yemen', 'Syria', 'Somalia', 'South Sudan', 'Sudan', 'DR Congo', 'Chad',
       'Cameroon', 'Niger', 'Burkina Faso', 'Myanmar', 'CAR', 'Mali', 'Colombia', 'Mozambique', 'Iraq', 'Ukraine', 'Ethiopia'}
NB, NA = 60, 75

def fname(u):
    p = urllib.parse.unquote(urllib.parse.urlparse(u).path)
    parts = [x for x in p.split('/') if x and x != 'download']
    return re.sub(r'\.(pdf|docx?|html?)$', '', parts[-1] if parts else '', flags=re.I)

def norm(s):
    return ' '.join(re.findall(r'[a-z0-9]+', s.lower()))

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    docs = json.load(open(sys.argv[1]))
    rows, seen, texts = [], set(), set()
    for r in docs:
        u = r['source']
        if not u or u in seen:
            continue
        seen.add(u)
        t = re.sub(r'\s+', ' ', r['text']).strip()
        h = hashlib.sha1(t[:1500].encode()).hexdigest()
        if len(t) < 300 or h in texts or '2017' in urllib.parse.unquote(u):  # 2017: the corpus's and sealed set's year
            continue
        texts.add(h)
        c = collections.Counter(COUNTRY[a['text'].strip()] for a in r['annotations'] if a['text'].strip() in COUNTRY)
        f = fname(u)
        fl = f.lower().replace('_', ' ').replace('-', ' ')
        country = c.most_common(1)[0][0] if c else '?'
        if country == '?':
            for rx, k in FALLBACK:
                if re.search(rx, fl):
                    country = k
                    break
        themes = [n for n, rx in THEMES if re.search(rx, fl) or re.search(rx, u.lower())]
        if country == '?':
            s = 'U'
        elif country in WAR:
            s = 'B' if set(themes) & DISASTER else 'A'
        else:
            s = 'D'
        i = 'rwp7-' + hashlib.sha1(u.encode()).hexdigest()[:10]
        rows.append(dict(id=i, url=u, country=country, themes=themes, stratum=s, lead=r['lead_id'], title=norm(f)))
    def pick(s, n):
        by = collections.defaultdict(list)
        for x in sorted((x for x in rows if x['stratum'] == s), key=lambda x: hashlib.sha1(x['url'].encode()).hexdigest()):
            by[x['country']].append(x)
        out, k = [], 0
        while len(out) < n and any(len(v) > k for v in by.values()):
            for c in sorted(by):
                if len(by[c]) > k and len(out) < n:
                    out.append(by[c][k])
            k += 1
        return out
    sample = [x for x in rows if x['stratum'] in 'DU'] + pick('B', NB) + pick('A', NA)
    if len(sys.argv) > 2:  # overlap with the 2017 corpus: titles only, count only
        ct = set()
        for l in open(sys.argv[2]):
            ct.add(norm(json.loads(l).get('title', '')))
        hit = [x for x in sample if x['title'] and x['title'] in ct]
        print('titles equal to a 2017 corpus title:', len(hit), file=sys.stderr)
        sample = [x for x in sample if x not in hit]
    for x in sample:
        x['half'] = 'fit' if int(hashlib.sha1(x['id'].encode()).hexdigest(), 16) % 2 == 0 else 'held'
    sample.sort(key=lambda x: x['id'])
    with open(os.path.join(here, 'rwp7-sample.tsv'), 'w') as w:
        w.write('id\thalf\tstratum\tcountry\tthemes\thumset_lead_id\turl\n')
        for x in sample:
            w.write('\t'.join([x['id'], x['half'], x['stratum'], x['country'], ','.join(x['themes']), str(x['lead']), x['url']]) + '\n')
    for h in ('fit', 'held'):
        with open(os.path.join(here, f'rwp7-{h}-ids.txt'), 'w') as w:
            w.write(''.join(x['id'] + '\n' for x in sample if x['half'] == h))
    print(len(rows), 'documents;', len(sample), 'chosen', dict(collections.Counter(x['stratum'] for x in sample)),
          dict(collections.Counter(x['half'] for x in sample)), file=sys.stderr)

main()
