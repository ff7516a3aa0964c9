# The UI font covers every letter the languages need: each language's alphabet and every
# character of its catalogue (messages, country and language names, ISCED-F keywords) is in the subset's cmap, so
# no text is drawn with the replacement box (issue 16). Uses Debian's python3 with fontTools.
# Usage: python3 font_coverage_test.py UI_FONT.ttf EN_JSON CATALOGUE_DIR LANGUAGE...
import json
import sys

from fontTools.ttLib import TTFont

# Each language's letters (both cases) and the punctuation its typography uses.
ALPHABETS = {
    "en": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz“”‘’–—…",
    # The capital ẞ is optional in German spelling (SS is the rule) and not in the font.
    "de": "ÄÖÜäöüß„“‚‘»«",
    "fr": "ÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸàâæçéèêëîïôœùûüÿ«»\u202f\u00a0",
    "es": "ÁÉÍÑÓÚÜáéíñóúü¡¿«»",
    "it": "ÀÈÉÌÍÎÒÓÙÚàèéìíîòóùú«»",
    "pl": "ĄĆĘŁŃÓŚŹŻąćęłńóśźż„”«»",
    "tr": "ÇĞİÖŞÜÂÎÛçğıöşüâîû“”",
    "nl": "ÁÉÍÓÚÄËÏÖÜáéíóúäëïöüĲĳ‘’“”",
}


def catalogue_characters(path):
    with open(path, encoding="utf-8") as file:
        catalogue = json.load(file)
    texts = list(catalogue["messages"].values())
    for names in ("countries", "languages", "iscedKeywords"):
        texts += catalogue.get(names, {}).values()
    return set("".join(texts))


def main(font_path, en_path, catalogue_dir, *languages):
    cmap = TTFont(font_path).getBestCmap()
    problems = []
    for language in ("en",) + languages:
        if language not in ALPHABETS:
            problems.append(f"{language}: no alphabet listed in this test")
            continue
        path = en_path if language == "en" else f"{catalogue_dir}/{language}.json"
        needed = set(ALPHABETS[language]) | catalogue_characters(path)
        missing = sorted(c for c in needed if ord(c) not in cmap and c not in "\n\t")
        if missing:
            problems.append(f"{language}: " + " ".join(f"{c} (U+{ord(c):04X})" for c in missing))
        else:
            print(f"{language}: {len(needed)} characters, all in the font")
    if problems:
        print("Missing from the UI font:\n" + "\n".join(problems))
        sys.exit(1)


if __name__ == "__main__":
    main(*sys.argv[1:])
