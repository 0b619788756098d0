package org.scorelab.omr.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelab.omr.page.Staff;
import org.scorelab.omr.page.StaffFinder;
import org.scorelab.omr.page.TestPages;
import org.scorelab.render.page.ScanDegradation;

class StaffCropperTest {
    private final StaffFinder finder = new StaffFinder();

    /** A crop holds one horizontal staff at the target interline, four interlines below its top. */
    private void assertNormalised(BufferedImage crop, Staff from, StaffCropper cropper) {
        assertThat(crop.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(crop.getHeight()).isEqualTo(cropper.cropHeight());
        double scale = cropper.targetInterline() / from.interline();
        assertThat(crop.getWidth()).isCloseTo((int) Math.round((from.right() - from.left() + 2 * cropper.sides()
                * from.interline()) * scale), within(1));
        List<Staff> again = new StaffFinder(1).find(crop);
        assertThat(again).hasSize(1);
        Staff s = again.get(0);
        assertThat(s.interline()).isCloseTo(cropper.targetInterline(), within(0.03 * cropper.targetInterline()));
        assertThat(s.top()).isCloseTo(cropper.above() * cropper.targetInterline(), within(0.15 * cropper.targetInterline()));
        assertThat(s.skewDegrees()).isCloseTo(0.0, within(0.1));
        assertThat(s.left()).isCloseTo(cropper.sides() * cropper.targetInterline(), within(0.7 * cropper.targetInterline()));
    }

    @Test
    void cleanPageStavesBecomeTrainingSizedCrops() {
        BufferedImage page = TestPages.image(TestPages.CLEAN);
        List<Staff> staves = finder.find(page);
        List<BufferedImage> crops = StaffCropper.DEFAULT.cropAll(page, staves);
        assertThat(crops).hasSize(11);
        assertThat(StaffCropper.DEFAULT.cropHeight()).isEqualTo(216);
        for (int i = 0; i < crops.size(); i++) {
            assertNormalised(crops.get(i), staves.get(i), StaffCropper.DEFAULT);
        }
    }

    @Test
    void skewedNoisyScanIsDeskewedInTheCrops() {
        BufferedImage page = new ScanDegradation(2.5, 0.6, 6, 0.75, 9).apply(TestPages.image(TestPages.CLEAN));
        List<Staff> staves = finder.find(page);
        assertThat(staves).hasSize(11);
        for (Staff s : List.of(staves.get(0), staves.get(5), staves.get(10))) {
            assertNormalised(StaffCropper.DEFAULT.crop(page, s), s, StaffCropper.DEFAULT);
        }
    }

    @Test
    void enlargesWhenTheTargetIsLargerThanThePage() {
        StaffCropper big = new StaffCropper(30, 3, 5, 0.5);
        BufferedImage page = TestPages.image(TestPages.SCAN);
        Staff s = finder.find(page).get(3);
        assertThat(big.cropHeight()).isEqualTo(360);
        assertNormalised(big.crop(page, s), s, big);
    }

    @Test
    void primusLikeStaffKeepsItsScale() {
        BufferedImage staff = TestPages.staff();
        Staff s = finder.find(staff).get(0);
        BufferedImage crop = StaffCropper.DEFAULT.crop(staff, s);
        assertNormalised(crop, s, StaffCropper.DEFAULT);
        // Context beyond the image edge is white paper.
        assertThat(crop.getRaster().getSample(0, 0, 0)).isEqualTo(255);
    }

    @Test
    void rejectsSettingsOutOfRange() {
        assertThatThrownBy(() -> new StaffCropper(2, 4, 4, 1))
                .hasMessage("targetInterline must be in 4..100 px, was 2.0");
        assertThatThrownBy(() -> new StaffCropper(18, -1, 4, 1))
                .hasMessage("context must be in 0..20 interlines each, was above -1.0, below 4.0, sides 1.0");
    }
}
