# Splits the English catalogue in two: the messages whose keys start with PREFIX ("print.", the
# print layout's words, which only la_print needs) and all the others (what the core, and so the
# editor's first download, embeds, with the catalogue's other members: its ISCED-F keywords).
# Both outputs are catalogues of their own.
# Usage: python3 i18n_split.py en.json PREFIX WITHOUT_PREFIX.json ONLY_PREFIX.json
import json
import sys


def write(path, catalogue, messages, keep_rest):
    out = dict(catalogue) if keep_rest else {"language": catalogue["language"], "name": catalogue["name"]}
    out["messages"] = messages
    with open(path, "w", encoding="utf-8") as file:
        json.dump(out, file, ensure_ascii=False, indent=1)
        file.write("\n")


def main():
    source, prefix, without_path, only_path = sys.argv[1:5]
    with open(source, encoding="utf-8") as file:
        catalogue = json.load(file)
    messages = catalogue["messages"]
    write(without_path, catalogue, {k: v for k, v in messages.items() if not k.startswith(prefix)}, True)
    write(only_path, catalogue, {k: v for k, v in messages.items() if k.startswith(prefix)}, False)


if __name__ == "__main__":
    main()
