package vn.cchc.workbook.cli;

import picocli.CommandLine.ITypeConverter;

import vn.cchc.workbook.domain.scoring.ResultBasis;
import vn.cchc.workbook.domain.text.Messages;

/**
 * {@code --result cong-bo|tinh}: the result a comparison or a ranking uses. A wrong word is a usage error (exit
 * code 2) that says which words are understood.
 */
final class ResultBasisOption implements ITypeConverter<ResultBasis> {

    @Override
    public ResultBasis convert(String value) {
        return ResultBasis.parse(value)
                .orElseThrow(() -> new UsageErrorHandler.Explained(Messages.get("comparison.basis.unknown", value)));
    }
}
