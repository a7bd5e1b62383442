package vn.cchc.workbook.domain.assessment;

import vn.cchc.workbook.domain.text.Messages;

/**
 * The wording that follows from a unit's kind and the assessment year, offered as defaults the user may change.
 * Since the 2025 assessments a commune (xã, phường, đặc khu) reports to the province and is appraised by the
 * province's Sở Nội vụ; before, a commune reported to its district (UBND huyện) and was appraised by the district's
 * Phòng Nội vụ (the project's domain notes, "Two tiers since 1 July 2025").
 *
 * @param parentAuthority the authority above the unit ("UBND tỉnh Quảng Trị"), blank for a province
 * @param appraisingBody  who appraises its self-assessment ("Sở Nội vụ tỉnh Quảng Trị")
 * @param issuingUnit     the unit as it signs its letters ("Ủy ban nhân dân phường Đông Hà"; a department by name)
 * @param peers           how a rank names the units it is among ("xã, phường, đặc khu"; "xã, thị trấn")
 */
public record UnitDefaults(String parentAuthority, String appraisingBody, String issuingUnit, String peers) {

    /**
     * @param kind     the unit's kind
     * @param year     the assessment year
     * @param name     the unit's own name without its kind word ("Hiền Thành"), or a department's full name
     * @param province the province's name without "tỉnh" ("Quảng Trị"), blank when not known
     * @param district the district's name before 7/2025 ("Vĩnh Linh"), blank when not known or not used
     */
    public static UnitDefaults of(UnitKind kind, int year, String name, String province, String district) {
        String unitName = blankToEmpty(name);
        String provinceName = blankToEmpty(province);
        String districtName = blankToEmpty(district);
        boolean twoTiers = year >= UnitKind.FIRST_TWO_TIER_YEAR;
        String provinceCommittee = join(Messages.get("criteriasets.defaults.provinceCommittee"), provinceName);
        String provinceHomeAffairs = join(Messages.get("criteriasets.defaults.provinceHomeAffairs"), provinceName);
        String issuing = kind == UnitKind.DEPARTMENT ? unitName
                : join(Messages.get("criteriasets.defaults.committee") + " " + kind.word(), unitName);
        return switch (kind) {
            case COMMUNE, WARD, SPECIAL_ZONE, TOWNSHIP -> twoTiers && kind != UnitKind.TOWNSHIP
                    ? new UnitDefaults(provinceCommittee, provinceHomeAffairs, issuing,
                            Messages.get("criteriasets.defaults.peers.communes"))
                    : new UnitDefaults(join(Messages.get("criteriasets.defaults.districtCommittee"), districtName),
                            join(Messages.get("criteriasets.defaults.districtHomeAffairs"), districtName), issuing,
                            Messages.get("criteriasets.defaults.peers.communesBefore"));
            case DISTRICT -> new UnitDefaults(provinceCommittee, provinceHomeAffairs, issuing,
                    Messages.get("criteriasets.defaults.peers.districts"));
            case DEPARTMENT -> new UnitDefaults(provinceCommittee, provinceHomeAffairs, issuing,
                    Messages.get("criteriasets.defaults.peers.departments"));
            case PROVINCE -> new UnitDefaults("", Messages.get("criteriasets.defaults.ministry"), issuing,
                    Messages.get("criteriasets.defaults.peers.provinces"));
        };
    }

    private static String join(String words, String name) {
        return name.isEmpty() ? words : words + " " + name;
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
