# Splits the English catalogue (assets/i18n/en.json) into what each part of the build needs, each
# output a catalogue of its own:
#   CORE.json   what the core, and so the editor's first download, embeds: every message but the
#               print layout's and the hosted page's, without the ISCED-F search words;
#   PRINT.json  the print layout's words ("print."), which only la_print needs;
#   ISCED.json  the ISCED-F search words ("iscedKeywords"), a part the editor loads when the
#               student first goes to the field of education (EditorSession::want_search_words).
# The hosted page's words ("page.") go into none: in English they are the page's own HTML
# (web/index.html); only the other languages' catalogues bring them.
# Usage: python3 i18n_split.py en.json CORE.json PRINT.json ISCED.json
import json
import sys


def write(path, catalogue, members):
    out = {"language": catalogue["language"], "name": catalogue["name"], "messages": {}}
    out.update(members)
    with open(path, "w", encoding="utf-8") as file:
        json.dump(out, file, ensure_ascii=False, indent=1)
        file.write("\n")


def main():
    source, core_path, print_path, isced_path = sys.argv[1:5]
    with open(source, encoding="utf-8") as file:
        catalogue = json.load(file)
    messages = catalogue["messages"]
    core = {k: v for k, v in catalogue.items() if k not in ("language", "name", "messages", "iscedKeywords")}
    core["messages"] = {k: v for k, v in messages.items() if not k.startswith(("print.", "page."))}
    write(core_path, catalogue, core)
    write(print_path, catalogue, {"messages": {k: v for k, v in messages.items() if k.startswith("print.")}})
    write(isced_path, catalogue, {"iscedKeywords": catalogue["iscedKeywords"]})


if __name__ == "__main__":
    main()
