package dev.wireform.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalePlanTest {
  @Test
  void theGuidesExampleIsUnderTheCap() {
    // "a 2× of 4000×3000 gives 8000×6000 = 48 MP"
    assertThat(ScalePlan.of(4000, 3000, 2, ScalePlan.MAX_PIXELS))
        .isEqualTo(new ScalePlan(8000, 6000, 2, 2.0, false));
  }

  @Test
  void sixteenTimesALargeImageIsCappedAt64Megapixels() {
    ScalePlan plan = ScalePlan.of(4000, 3000, 16, ScalePlan.MAX_PIXELS);

    assertThat(plan.capped()).isTrue();
    assertThat(plan.appliedScale()).isEqualTo(2.3093);
    assertThat(plan.width()).isEqualTo(9237);
    assertThat(plan.height()).isEqualTo(6928);
    assertThat((long) plan.width() * plan.height()).isLessThanOrEqualTo(64_000_000L);
  }

  @Test
  void exactlyTheCapIsAllowed() {
    assertThat(ScalePlan.of(1000, 1000, 8, ScalePlan.MAX_PIXELS))
        .isEqualTo(new ScalePlan(8000, 8000, 8, 8.0, false));
    assertThat(ScalePlan.of(1000, 1000, 9, ScalePlan.MAX_PIXELS))
        .isEqualTo(new ScalePlan(8000, 8000, 9, 8.0, true));
  }

  @Test
  void sixteenTimesATinyImageIsNotCapped() {
    assertThat(ScalePlan.of(256, 256, 16, ScalePlan.MAX_PIXELS))
        .isEqualTo(new ScalePlan(4096, 4096, 16, 16.0, false));
  }

  @Test
  void theResamplerProducesTheExactSize() {
    java.awt.image.BufferedImage in = PlaceholderNode.picture(37, 23, 1);
    java.awt.image.BufferedImage out = Resampler.resize(in, 37 * 5, 23 * 5);
    assertThat(out.getWidth()).isEqualTo(185);
    assertThat(out.getHeight()).isEqualTo(115);
  }
}
