"""arabtext.report and `arabtext report`: the summary of a small archive, the page, the errors."""

from __future__ import annotations

import json

from click.testing import CliRunner

import arabtext
from arabtext.cli import main
from arabtext.overview import date_of


def test_summary_of_the_archive(archive_report):
    data = archive_report.as_dict()
    assert data["overall"]["files"] == 9
    assert [f["name"] for f in data["folders"]] == ["culture", "economy", "sport"]
    sport = data["folders"][2]
    assert {"كرة السلة", "النجم الساحلي"} <= {k["text"] for k in sport["keywords"][:3]}
    assert "تونس" in [e["text"] for e in data["overall"]["entities"]["LOC"]]
    assert (data["overall"]["first_date"], data["overall"]["last_date"]) == ("2016-07-02", "2017-04-29")
    assert all("text" not in a for a in data["articles"])
    assert sum(f["files"] for f in data["folders"]) == 9


def test_dates_from_file_names():
    assert date_of("ant/sport/JA-sport-1-20170121.txt") == "2017-01-21"
    assert date_of("2019-03-07-news.txt") == "2019-03-07"
    assert date_of("article-123.txt") is None


def test_page_is_self_contained_and_escaped(tmp_path):
    (tmp_path / "a.txt").write_text("<script>alert(1)</script> تونس\nقال الرئيس في تونس إن الاقتصاد ينمو.\n", encoding="utf-8")
    page = arabtext.report(tmp_path).html()
    assert page.startswith("<!DOCTYPE html>") and 'dir="rtl"' in page
    assert "<script>alert(1)" not in page
    assert "http://" not in page and "https://" not in page
    assert "<svg" in page


def test_cli_html_by_extension_and_json_otherwise(tmp_path, archive):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", str(archive), "-o", str(out), "-j", "1", "-q"])
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["report", str(archive), "-o", str(out), "-j", "1", "-q", "-n", "3"])
    assert json.loads(out.read_text(encoding="utf-8"))["overall"]["files"] == 9


def test_cli_subprocess_with_two_jobs(tmp_path, archive, run_cli):
    out = tmp_path / "report.html"
    result = run_cli("report", str(archive), "-o", str(out), "-j", "2")
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    assert result.stdout == b""
    assert 'data-term="كرة السلة"' in out.read_text(encoding="utf-8")
    as_json = run_cli("report", str(archive), "-j", "2", "-q", "-n", "5")
    assert as_json.stdout.decode("utf-8") == arabtext.report(str(archive), top=5).json()


def test_cli_errors(tmp_path, archive, run_cli):
    result = run_cli("report", str(tmp_path / "missing"), "-o", str(tmp_path / "r.html"), "-q")
    assert result.returncode != 0
    assert b"missing" in result.stderr and b"Traceback" not in result.stderr
    assert not (tmp_path / "r.html").exists()
    result = CliRunner().invoke(main, ["report", str(archive), "--output-dir", str(tmp_path / "d")])
    assert result.exit_code == 2 and "-o FILE" in result.stderr


def test_dates_in_texts(tmp_path):
    from arabtext.overview import date_in_text

    assert date_in_text("تونس في 21/01/2017 (وات) - قال") == "2017-01-21"
    assert date_in_text("نشر يوم ٢١/٠١/٢٠١٧") == "2017-01-21"
    assert date_in_text("2016-07-02 خبر") == "2016-07-02"
    assert date_in_text("رقم 45/99/2017 فقط") is None
    (tmp_path / "a.txt").write_text("خبر\n\nتونس 03/02/2015 قال الوزير\n", encoding="utf-8")
    (tmp_path / "b-20170121.txt").write_text("خبر\n\nتونس 03/02/2015 قال الوزير\n", encoding="utf-8")
    assert [a["date"] for a in arabtext.report(tmp_path).as_dict()["articles"]] == ["2015-02-03", "2017-01-21"]
    result = CliRunner().invoke(main, ["report", str(tmp_path), "-f", "json", "-j", "1", "-q"])
    assert [a["date"] for a in json.loads(result.stdout)["articles"]] == ["2015-02-03", "2017-01-21"]


def test_a_failed_input_is_left_out_not_the_report(tmp_path, samples):
    out = tmp_path / "r.json"
    result = CliRunner().invoke(main, ["report", str(samples), "--strict", "-o", str(out), "-j", "1"])
    assert result.exit_code == 1
    assert "baghuz-cp1256.txt" in result.stderr and "written without the inputs that failed" in result.stderr
    paths = [a["path"] for a in json.loads(out.read_text(encoding="utf-8"))["articles"]]
    assert len(paths) == 5 and not any("cp1256" in p for p in paths)


def test_a_missing_output_folder_fails_before_the_work(tmp_path, archive):
    result = CliRunner().invoke(main, ["report", str(archive), "-o", str(tmp_path / "no" / "r.html")])
    assert result.exit_code == 2 and "no folder" in result.stderr
