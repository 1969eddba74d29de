package org.checkbench.service;

import java.util.ArrayList;
import java.util.List;

import org.checkbench.anchor.Similarity;
import org.checkbench.anchor.TextAlignment;
import org.checkbench.model.Revision;
import org.checkbench.model.RevisionInfo;
import org.checkbench.store.RevisionInfoRepository;
import org.checkbench.store.Workspace;

/**
 * An article's revisions with their details. Revisions stored before format 4 have no recorded
 * word counts: they are counted here against the revision before (and not stored, so reading
 * never writes).
 */
final class RevisionList {

    private final Workspace workspace;

    RevisionList(Workspace workspace) {
        this.workspace = workspace;
    }

    List<RevisionInfo> of(long articleId) {
        List<RevisionInfo> infos = workspace.revisionInfo().forArticle(articleId);
        if (infos.stream().noneMatch(RevisionInfoRepository::countsMissing)) {
            return infos;
        }
        List<Revision> revisions = workspace.revisions().forArticle(articleId);
        List<RevisionInfo> counted = new ArrayList<>(infos.size());
        for (int i = 0; i < infos.size(); i++) {
            RevisionInfo info = infos.get(i);
            if (!RevisionInfoRepository.countsMissing(info)) {
                counted.add(info);
                continue;
            }
            int added;
            int removed;
            if (i == 0) {
                added = Similarity.words(revisions.get(0).text()).size();
                removed = 0;
            } else {
                TextAlignment alignment = TextAlignment.of(revisions.get(i - 1).text(), revisions.get(i).text());
                added = alignment.wordsAdded();
                removed = alignment.wordsRemoved();
            }
            counted.add(new RevisionInfo(info.revisionId(), info.number(), info.created(), info.note(), info.importedBy(),
                    added, removed, info.restoredFrom()));
        }
        return counted;
    }
}
