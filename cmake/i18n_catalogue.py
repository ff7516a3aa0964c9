# Builds one language's self-contained catalogue (the file the page loads when the language is
# chosen, and that la-check embeds): its messages from assets/i18n/<lang>.json, plus the names of
# countries and languages in that language, translated by Debian's iso-codes gettext catalogues
# (iso_3166-1.mo, iso_639-2.mo). The .mo files are read here, at build time, never committed.
# Usage: python3 i18n_catalogue.py MESSAGES.json ISO_CODES_JSON_DIR LOCALE_DIR OUTPUT.json
import gettext
import json
import sys


def translated_names(iso_json, array_key, domain, locale_dir, language):
    """code -> name in `language` for every entry that has a two-letter code. The name
    translated is the common one ("Vietnam") where iso-codes gives one, as the editor shows."""
    with open(iso_json, encoding="utf-8") as file:
        entries = json.load(file)[array_key]
    # fallback=False: a missing .mo is a broken build machine, not English names in disguise.
    translation = gettext.translation(domain, locale_dir, [language], fallback=False)
    names = {}
    for entry in entries:
        code = entry.get("alpha_2")
        if not code:
            continue
        common = entry.get("common_name")
        # A common name that the translators have not reached yet: their official name instead.
        if common and translation.gettext(common) != common:
            names[code] = translation.gettext(common)
        else:
            names[code] = translation.gettext(entry["name"])
    return names


def main(messages_path, iso_dir, locale_dir, output_path):
    with open(messages_path, encoding="utf-8") as file:
        catalogue = json.load(file)
    language = catalogue["language"]
    catalogue["countries"] = translated_names(f"{iso_dir}/iso_3166-1.json", "3166-1", "iso_3166-1",
                                              locale_dir, language)
    catalogue["languages"] = translated_names(f"{iso_dir}/iso_639-2.json", "639-2", "iso_639-2",
                                              locale_dir, language)
    with open(output_path, "w", encoding="utf-8") as file:
        json.dump(catalogue, file, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main(*sys.argv[1:])
