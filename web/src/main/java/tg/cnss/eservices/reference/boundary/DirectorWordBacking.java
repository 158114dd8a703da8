package tg.cnss.eservices.reference.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "LIRE LE MOT DU DG >": the Director General's word as published, read once per page. */
@Named
@RequestScoped
public class DirectorWordBacking {

    @Inject
    EditorialTexts texts;

    private EditorialTextView word;

    public EditorialTextView getWord() {
        if (word == null) {
            word = texts.directorWord();
        }
        return word;
    }
}
