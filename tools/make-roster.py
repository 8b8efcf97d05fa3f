#!/usr/bin/env python3
"""Makes the sample's synthetic roster: 300 staff of a fictional vocational school (no real person's data).

Deterministic (fixed seed): `python3 tools/make-roster.py > src/OshRules.Samples/Data/roster.csv`.
Columns are documented in src/OshRules.Samples/Data/README.md.

`--rows N` makes a larger roster for measurements (benchmarks/sample-stream.sh): the same school repeated, each
further copy a school of its own (units 第2校教務處, 第3校教務處, …), worker ids numbered on. The first 300 rows are
the bundled roster's.
"""
import argparse, csv, random, sys, datetime as dt

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--rows", type=int, default=300, help="number of data rows (default 300: the bundled roster)")
args = parser.parse_args()

rnd = random.Random(20261123)
SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周"
GIVEN = "志明怡君家豪淑芬俊傑雅婷建宏美玲宗翰佩珊冠宇欣怡承恩詩涵柏翰"
REGIONS = 15
AS_OF = dt.date(2026, 11, 23)

def d(x):
    return x.isoformat() if x else ""

def rand_date(a, b):
    return a + dt.timedelta(days=rnd.randint(0, (b - a).days))

def name():
    g = rnd.randrange(0, len(GIVEN) // 2) * 2
    return rnd.choice(SURNAMES) + GIVEN[g:g + 2]

COLUMNS = ["worker_id", "name", "sex", "birth_date", "hire_date", "unit", "job_title",
           "last_general_exam", "special_work", "special_work_since", "last_special_exam", "special_exam_level", "noise_dba",
           "nmq_filled_on", "nmq_q1", "nmq_q2", "nmq_duration", "nmq_scores", "nmq_signals",
           "pregnancy_notified", "pregnant_since", "expected_delivery", "delivered_on", "breastfeeding",
           "blood_lead", "air_lead", "handling_kg", "handling_mode", "mat_measures_taken",
           "training_item", "general_training_hours", "last_training", "training_hours",
           "course_id", "course_language", "course_required_hours", "course_nodes", "course_hours", "course_construction",
           "read_on", "read_hours", "nodes_viewed", "questionnaire", "attempts"]

w = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
w.writeheader()
units = [("教務處", "教師", 110), ("學務處", "職員", 40), ("總務處", "職員", 30), ("機械科", "技術員", 45),
         ("電機科", "技術員", 25), ("實習工場焊接組", "技術員", 30), ("健康中心", "護理師", 4), ("輔導室", "輔導教師", 16)]
ID_WIDTH = max(4, len(str(args.rows)))

def school_units():
    """The units of the school, then of the next schools, one row slot at a time, for as many rows as asked."""
    school = 1
    while True:
        for unit, title, count in units:
            for _ in range(count):
                yield (unit if school == 1 else f"第{school}校{unit}"), unit, title
        school += 1

n = 0
for unit_name, unit, title in school_units():
    if n == args.rows:
        break
    n += 1
    row = {c: "" for c in COLUMNS}
    sex = "F" if rnd.random() < (0.55 if title != "技術員" else 0.15) else "M"
    birth = rand_date(dt.date(1958, 1, 1), dt.date(2002, 12, 31))
    if n in (7, 77):
        birth = dt.date(1980 + n % 3 * 4, 2, 29)
    hire = max(rand_date(dt.date(1990, 8, 1), dt.date(2026, 9, 1)), dt.date(birth.year + 20, birth.month, 1))
    row.update(worker_id=f"S{n:0{ID_WIDTH}d}", name=name(), sex=sex, birth_date=d(birth), hire_date=d(hire), unit=unit_name, job_title=title)
    if hire < dt.date(2026, 8, 1) and rnd.random() < 0.98:
        row["last_general_exam"] = d(max(hire, rand_date(dt.date(2020, 1, 1), dt.date(2026, 10, 31))))
    # Special hazardous work: noise in the machine shop, welding fumes (dust) in the welding shop.
    if unit in ("機械科", "實習工場焊接組") and title == "技術員" and rnd.random() < 0.7:
        work = "Noise" if unit == "機械科" else rnd.choice(["Dust", "Dust;Noise"])
        row["special_work"] = work
        since = max(hire, rand_date(dt.date(2015, 1, 1), dt.date(2026, 6, 30)))
        row["special_work_since"] = d(since)
        row["noise_dba"] = f"{rnd.choice([82.5, 84.9, 85.0, 87.3, 91.0]):.1f}"
        if rnd.random() < 0.85:
            row["last_special_exam"] = d(max(since, rand_date(dt.date(2024, 9, 1), dt.date(2026, 10, 31))))
            row["special_exam_level"] = str(rnd.choices([1, 2, 3, 4], [60, 25, 10, 5])[0])
    # NMQ survey: most staff answered; teachers and technicians report necks, backs and wrists.
    if rnd.random() < 0.9:
        q1 = rnd.random() < 0.45
        q2 = q1 and rnd.random() < 0.8
        row["nmq_filled_on"] = d(rand_date(dt.date(2026, 4, 1), dt.date(2026, 4, 30)))
        row["nmq_q1"] = "Y" if q1 else "N"
        row["nmq_q2"] = ("Y" if q2 else "N") if q1 else ""
        if q1 and q2:
            row["nmq_duration"] = rnd.choice(["1m", "3m", "6m", "1y", "3y", "over3y"])
        if q1 and q2:
            scores = []
            for r in range(REGIONS):
                hot = r in (0, 1, 2, 3, 4, 7, 8)
                p = min(5, max(0, int(rnd.gauss(2.2 if hot else 0.6, 1.2))))
                j = min(5, max(0, int(rnd.gauss(1.0 if hot else 0.3, 1.0))))
                scores.append(f"{p}/{j}")
            row["nmq_scores"] = " ".join(scores)
        sig = []
        if rnd.random() < 0.02: sig.append("Diagnosed")
        if rnd.random() < 0.02: sig.append("ReportedSuspected")
        if rnd.random() < 0.03: sig.append("FrequentMedicalUse")
        if rnd.random() < 0.01: sig.append("FrequentSickLeave")
        row["nmq_signals"] = ";".join(sig)
    # A few pregnant or postpartum staff with hazard measurements.
    if sex == "F" and 24 <= (AS_OF - birth).days // 365 <= 42 and rnd.random() < 0.16:
        if rnd.random() < 0.6:
            since = rand_date(dt.date(2026, 3, 1), dt.date(2026, 10, 15))
            row["pregnant_since"] = d(since)
            row["pregnancy_notified"] = d(since + dt.timedelta(days=rnd.randint(20, 50)))
            row["expected_delivery"] = d(since + dt.timedelta(days=280))
        else:
            since = rand_date(dt.date(2024, 12, 1), dt.date(2025, 9, 1))
            row["pregnant_since"] = d(since)
            row["pregnancy_notified"] = d(since + dt.timedelta(days=40))
            row["delivered_on"] = d(since + dt.timedelta(days=rnd.randint(260, 285)))
            row["breastfeeding"] = "Y" if rnd.random() < 0.5 else "N"
        if unit in ("機械科", "實習工場焊接組", "電機科"):
            row["noise_dba"] = row["noise_dba"] or f"{rnd.choice([78.0, 80.0, 83.5, 86.0]):.1f}"
            row["blood_lead"] = f"{rnd.choice([2.1, 4.9, 5.0, 7.5, 10.0]):.1f}"
            row["air_lead"] = rnd.choice(["0.010", "0.025", "0.030"])
            row["handling_kg"] = str(rnd.choice([5, 8, 12, 18]))
            row["handling_mode"] = rnd.choice(["intermittent", "continuous"])
        else:
            row["noise_dba"] = f"{rnd.choice([55.0, 62.0, 70.0]):.1f}"
        row["mat_measures_taken"] = "Y" if rnd.random() < 0.4 else "N"
    # Training: §18 item 13 (general workers) for most, 11 for committee members, 2 for OSH managers.
    item = 13
    if n % 37 == 0: item = 11
    if n == 5: item = 2
    row["training_item"] = str(item)
    row["general_training_hours"] = "3" if rnd.random() < 0.95 else ""
    if rnd.random() < 0.9:
        row["last_training"] = d(max(hire, rand_date(dt.date(2022, 1, 1), dt.date(2026, 10, 31))))
        row["training_hours"] = str(rnd.choice([1, 2, 3, 3, 3, 6]))
    # E-learning course progress on the OSHA platform.
    if rnd.random() < 0.5:
        foreign = rnd.random() < 0.1
        row.update(course_id="C-GEN-01" if not foreign else "C-GEN-01-VI", course_language="vi" if foreign else "zh",
                   course_required_hours="3", course_nodes="12", course_hours="3", course_construction="N")
        nodes = rnd.choice([4, 12, 12, 12])
        row["nodes_viewed"] = str(nodes)
        row["read_hours"] = f"{rnd.choice([1.0, 2.5, 3.0, 3.5]):.1f}"
        row["read_on"] = d(rand_date(dt.date(2026, 8, 1), dt.date(2026, 8, 31)))
        attempts = []
        if nodes == 12 and float(row["read_hours"]) >= 3:
            day = rand_date(dt.date(2026, 9, 1), dt.date(2026, 11, 10))
            for k in range(rnd.choice([0, 1, 1, 2])):
                score = rnd.choice([60, 72, 79, 80, 85, 95])
                attempts.append(f"{d(day + dt.timedelta(days=k))}:{score}")
                if score >= 80:
                    break  # the platform closes the test once it is passed
        row["attempts"] = ";".join(attempts)
        row["questionnaire"] = "Y" if attempts and rnd.random() < 0.8 else "N"
    w.writerow(row)
