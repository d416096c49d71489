package dev.gatehouse.settings;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface RuntimeSettingRepository extends Repository<RuntimeSetting, String> {

    List<RuntimeSetting> findByKeyIn(Collection<String> keys);

    RuntimeSetting save(RuntimeSetting setting);
}
