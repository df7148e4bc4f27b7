"""The pre-commit hook's duplicate check runs on the dedup stage's signatures and codes.

* through the real pre-commit with the README's ``repo: local`` configuration: a
  near-duplicate seed (an edited reprint of a committed seed) is refused naming the seed it
  repeats, while a follow-up story that opens with the same lead is accepted;
* in-process: a seed that repeats a record of the ``--corpus`` file is refused naming the
  record (file and line), and the seed's own old record does not count.
"""

from __future__ import annotations

import io
import json
import re

from corpusclean.hook import EXIT_FAIL, EXIT_OK, main as hook_main

from dedup_articles import ARTICLES, page, reprints
from test_hook_e2e import commit, env, readme_local_config, repo, sh, use_config, write  # noqa: F401 (fixtures)


def test_pre_commit_refuses_a_near_duplicate_seed(repo, env):
    use_config(repo, env, readme_local_config())
    write(repo, "seeds/budget.txt", page(ARTICLES["kk"]["budget"], "blank"))
    sh(repo, env, "corpusclean-hook", "fix", "seeds/budget.txt")  # committed seeds are in fixed form
    sh(repo, env, "git", "add", "seeds/budget.txt")
    code, out = commit(repo, env, "a seed")
    assert code == 0, out

    write(repo, "seeds/reprint.txt", page(reprints("kk")["edited"]))
    sh(repo, env, "git", "add", "seeds/reprint.txt")
    code, out = commit(repo, env, "a reprint")
    assert code != 0, out
    assert re.search(r"^corpusclean check\.+Failed$", out, re.M), out
    m = re.search(r"^seeds/reprint\.txt: rejected: dedup\.near: a near duplicate \(similarity (0\.\d\d)\) of "
                  r"seeds/budget\.txt \(id [0-9a-f]{16}\)", out, re.M)
    assert m, out
    assert 0.5 <= float(m.group(1)) < 1
    assert sh(repo, env, "git", "rev-list", "--count", "HEAD").stdout.strip() == "1"

    sh(repo, env, "git", "rm", "-q", "--cached", "seeds/reprint.txt")
    (repo / "seeds/reprint.txt").unlink()
    write(repo, "seeds/followup.txt", page(ARTICLES["kk"]["followup"], "blank"))
    sh(repo, env, "corpusclean-hook", "fix", "seeds/followup.txt")
    sh(repo, env, "git", "add", "seeds/followup.txt")
    code, out = commit(repo, env, "the next day's story")
    assert code == 0 and re.search(r"^corpusclean check\.+Passed$", out, re.M), out


def run_hook(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = hook_main(["--no-project-config", *argv], stdout=out, stderr=err)
    return code, out.getvalue() + err.getvalue()


def test_a_seed_repeating_a_corpus_record_is_refused_naming_the_record(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds/budget.txt").write_text(page(ARTICLES["ru"]["budget"]), encoding="utf-8")
    code, out = run_hook("fix", "--corpus", "corpus.jsonl", "seeds/budget.txt")
    assert "Updated corpus.jsonl" in out
    # the seed's own record does not make it a duplicate of itself
    code, out = run_hook("check", "--corpus", "corpus.jsonl", "seeds/budget.txt")
    assert code == EXIT_OK, out
    record_id = json.loads((tmp_path / "corpus.jsonl").read_text(encoding="utf-8"))["id"]
    (tmp_path / "seeds/budget.txt").unlink()  # only the corpus remembers the article now

    (tmp_path / "seeds/short.txt").write_text(page(reprints("ru")["truncated"]), encoding="utf-8")
    (tmp_path / "seeds/other.txt").write_text(page(ARTICLES["ru"]["forum"]), encoding="utf-8")
    code, out = run_hook("check", "--corpus", "corpus.jsonl", "seeds/short.txt", "seeds/other.txt")
    assert code == EXIT_FAIL
    assert re.search(rf"^seeds/short\.txt: rejected: dedup\.near: a near duplicate \(similarity 0\.\d\d\) of "
                     rf"corpus\.jsonl:1 \(id {record_id}\)", out, re.M), out
    assert "seeds/other.txt: rejected" not in out
    # without the corpus it is a new article
    code, out = run_hook("check", "seeds/short.txt")
    assert "rejected: dedup." not in out and "seeds/short.txt: would change" in out, out
